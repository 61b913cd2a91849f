/**
 * Patrol pages: units, plans, checkpoints with their printable code sheets, the shift
 * page at phone width, compliance with its XLSX export, and the nearest units for an
 * incident.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.patrol.web;
