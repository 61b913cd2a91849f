package org.stationops.liaison;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise on a campaign's target list with its screening, if any.
 */
public interface CampaignTarget {

	Long getEnterpriseId();

	String getName();

	@Nullable String getCreditCode();

	@Nullable String getCircle();

	@Nullable Long getScreeningId();

	@Nullable String getConclusion();

	@Nullable Integer getScore();

}
