/**
 * Pages for anti-fraud early warnings and publicity sessions (/antifraud) and their demo
 * data.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.antifraud.web;
