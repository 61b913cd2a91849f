package org.stationops.stations;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The officers working at a station, as the stations feature needs them (to name an
 * area's community officer). Implemented by the officers feature, so stations does not
 * depend on it.
 */
public interface StationStaff {

	/**
	 * @return the active officers of the station, by name.
	 */
	List<StaffMember> activeAt(Long stationId);

	/**
	 * @return display names by officer id, in one query.
	 */
	Map<Long, String> namesOf(Collection<Long> officerIds);

	record StaffMember(Long id, String displayName, String badgeNumber) {

		/**
		 * @return the name with the badge number, as officers are told apart in a choice.
		 */
		public String nameAndBadge() {
			return this.displayName + " (" + this.badgeNumber + ")";
		}

	}

}
