package org.stationops.youth.web;

import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.youth.YouthReader;

/**
 * The signed-in officer as a reader of minors' files.
 */
final class YouthReaders {

	private YouthReaders() {
	}

	static YouthReader of(OfficerPrincipal me) {
		return new YouthReader(me.scope(), me.officerId(), me.username(), me.hasRole("SUPERVISOR"));
	}

}
