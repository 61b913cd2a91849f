package org.stationops.servicestations;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.CoverageQueries.CompoundCoverage;
import org.stationops.servicestations.CoverageQueries.StationReach;
import org.stationops.servicestations.CoverageReport.AreaShare;
import org.stationops.servicestations.CoverageReport.Share;
import org.stationops.servicestations.CoverageReport.StationShare;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which compounds and residents are within walking distance of at least one active,
 * staffed service station at a chosen time, per area and per station, the gaps, and the
 * coverage with a proposed new point.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

	static final int GAPS_SHOWN = 20;

	/**
	 * How far a camera is taken to see a compound's entrance when no setting says
	 * otherwise.
	 */
	public static final int DEFAULT_CAMERA_RADIUS = 100;

	private final CoverageQueries queries;

	CoverageService(CoverageQueries queries) {
		this.queries = queries;
	}

	/**
	 * @param stationId the police station to report on; ignored for station users (their
	 * own), {@literal null} for the whole bureau.
	 * @param proposed a point to try, or {@literal null}.
	 */
	public CoverageReport report(Scope scope, @Nullable Long stationId, LocalTime at, WalkingCircle circle,
			@Nullable GeoPoint proposed) {
		return report(scope, stationId, at, circle, proposed, DEFAULT_CAMERA_RADIUS);
	}

	/**
	 * @param cameraRadiusMetres how far a working camera counts as seeing a compound.
	 */
	public CoverageReport report(Scope scope, @Nullable Long stationId, LocalTime at, WalkingCircle circle,
			@Nullable GeoPoint proposed, int cameraRadiusMetres) {
		Long station = scope.stationFilter().orElse(stationId);
		int radius = circle.radiusMetres();
		List<CompoundCoverage> compounds = this.queries.compounds(station, at, radius, proposed);
		List<StationReach> reaches = this.queries.stations(station, at, radius);
		Share total = share(compounds, false);
		Map<@Nullable Long, List<CompoundCoverage>> byArea = new LinkedHashMap<>();
		for (CompoundCoverage compound : compounds) {
			byArea.computeIfAbsent(compound.areaId(), key -> new ArrayList<>()).add(compound);
		}
		List<AreaShare> areas = byArea.entrySet()
			.stream()
			.map(e -> new AreaShare(e.getKey(), share(e.getValue(), false)))
			.sorted(Comparator.comparingDouble((AreaShare a) -> a.share().percent()))
			.toList();
		List<StationShare> stations = reaches.stream()
			.map(r -> new StationShare(r,
					(total.residents() == 0) ? 0 : Math.round(1000.0 * r.residents() / total.residents()) / 10.0))
			.toList();
		List<CompoundCoverage> gaps = compounds.stream()
			.filter(c -> !c.covered())
			.sorted(Comparator.comparingInt(CompoundCoverage::residents)
				.reversed()
				.thenComparing(CompoundCoverage::name))
			.limit(GAPS_SHOWN)
			.toList();
		CoverageReport.WhatIf whatIf = null;
		if (proposed != null) {
			Share after = share(compounds, true);
			whatIf = new CoverageReport.WhatIf(proposed, after, after.coveredCompounds() - total.coveredCompounds(),
					after.coveredResidents() - total.coveredResidents());
		}
		java.util.Set<Long> seen = this.queries.seenByCameras(station, cameraRadiusMetres);
		int seenCompounds = 0;
		long seenResidents = 0;
		for (CompoundCoverage compound : compounds) {
			if (seen.contains(compound.id())) {
				seenCompounds++;
				seenResidents += compound.residents();
			}
		}
		Share cameras = new Share(compounds.size(), seenCompounds, total.residents(), seenResidents);
		return new CoverageReport(circle, at, total, areas, stations, compounds, gaps, whatIf, cameras, seen,
				cameraRadiusMetres);
	}

	/**
	 * @return the great-circle distance in metres between two points.
	 */
	public double distanceMetres(GeoPoint from, GeoPoint to) {
		return this.queries.distanceMetres(Objects.requireNonNull(from), Objects.requireNonNull(to));
	}

	static Share share(List<CompoundCoverage> compounds, boolean withProposed) {
		int covered = 0;
		long residents = 0;
		long coveredResidents = 0;
		for (CompoundCoverage compound : compounds) {
			residents += compound.residents();
			if (compound.covered() || (withProposed && compound.coveredByProposed())) {
				covered++;
				coveredResidents += compound.residents();
			}
		}
		return new Share(compounds.size(), covered, residents, coveredResidents);
	}

}
