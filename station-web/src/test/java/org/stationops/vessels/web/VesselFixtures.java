package org.stationops.vessels.web;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.officers.OfficerService;
import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.Scope;
import org.stationops.stations.StationService;
import org.stationops.vessels.CrewDetails;
import org.stationops.vessels.CrewRole;
import org.stationops.vessels.CrewService;
import org.stationops.vessels.Vessel;
import org.stationops.vessels.VesselDetails;
import org.stationops.vessels.VesselKind;
import org.stationops.vessels.VesselService;
import org.stationops.vessels.VesselStatus;
import org.springframework.data.domain.Pageable;

/**
 * Vessels of their own for each test (unique names and ID numbers, since tests share one
 * database).
 */
final class VesselFixtures {

	private VesselFixtures() {
	}

	/**
	 * @return a fictional, valid ID number no other test uses.
	 */
	static String uniqueIdNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String first17 = "330921" + (1960 + random.nextInt(40)) + String.format("%02d", 1 + random.nextInt(12))
				+ String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
		return ResidentIdNumbers.complete(first17);
	}

	static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * @return a Daishan fishing vessel at sea, owned by a demo vessel operator and looked
	 * after by ds.officer.
	 */
	static Vessel daishanVesselAtSea(StationService stations, EnterpriseService enterprises, OfficerService officers,
			VesselService vessels, String name) {
		Long ds = stations.getByCode("DS").getId();
		Long owner = enterprises.search(Scope.station(ds), "", EnterpriseKind.VESSEL_OPERATOR, null, Pageable.ofSize(1))
			.getContent()
			.get(0)
			.getId();
		Long officer = officers.findByUsername("ds.officer").orElseThrow().getId();
		LocalDate today = LocalDate.now();
		Vessel vessel = vessels.create(Scope.bureau(), ds,
				new VesselDetails(name, unique("T"), VesselKind.FISHING, "岱山东沙渔港", owner, officer),
				VesselStatus.IN_PORT, today.minusDays(30));
		return vessel;
	}

	static void signOn(CrewService crew, Vessel vessel, String name, String idNumber, CrewRole role) {
		crew.signOn(Scope.bureau(), vessel.getId(),
				new CrewDetails(name, idNumber, "13705809999", role, "2026 年度合同", "测试渔业公司"),
				LocalDate.now().minusDays(20));
	}

	static Vessel sail(VesselService vessels, Vessel vessel) {
		Vessel current = vessels.get(Scope.bureau(), vessel.getId());
		vessels.changeStatus(Scope.bureau(), current.getId(), current.getVersion(), VesselStatus.AT_SEA,
				LocalDate.now().minusDays(10), "出海", "测试");
		return vessels.get(Scope.bureau(), vessel.getId());
	}

}
