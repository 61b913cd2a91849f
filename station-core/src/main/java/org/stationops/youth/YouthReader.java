package org.stationops.youth;

import org.stationops.shared.Scope;

/**
 * Who asks for a minor's file. A file is readable only by the group's officer and by a
 * supervisor of the group's station; a bureau-level account reads none (it sees counts on
 * the dashboard, not minors).
 *
 * @param scope the reader's stations.
 * @param supervisor whether the reader is a station supervisor ({@code SUPERVISOR}).
 */
public record YouthReader(Scope scope, Long officerId, String username, boolean supervisor) {

	/**
	 * @return whether this reader may see the group's file in full.
	 */
	public boolean mayRead(YouthGroup group) {
		if (this.scope.isBureau() || !this.scope.allows(group.getStationId())) {
			return false;
		}
		return this.supervisor || this.officerId.equals(group.getOfficerId());
	}

	/**
	 * @return the officer whose groups a list shows, or {@literal null} for every group
	 * of the station (supervisors).
	 */
	@org.jspecify.annotations.Nullable
	Long officerFilter() {
		return this.supervisor ? null : this.officerId;
	}

}
