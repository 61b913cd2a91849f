/**
 * The audit trail page for administrators.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.audit.web;
