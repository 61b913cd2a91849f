package org.stationops.liaison;

import org.jspecify.annotations.Nullable;

/**
 * One figure of an aggregate query: a metric's value, per officer where it applies.
 */
public interface LiaisonFigure {

	@Nullable Long getOfficerId();

	String getMetric();

	long getValue();

}
