/**
 * Emergency plan pages: the list with overdue-drill flags, the plan with its mobilisation
 * list and drills, and the one-click mobilisation view.
 */
@org.jspecify.annotations.NullMarked
package org.stationops.emergency.web;
