/**
 * The application shell: security, locale, layout, error pages, the first administrator
 * of a production start, and the demo data set of a demo start.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.system;
