/**
 * Pages for officers.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.officers.web;
