/**
 * Pages for cases (/cases), supervision (/supervision), the cases dashboard panel and the
 * cases demo data.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.cases.web;
