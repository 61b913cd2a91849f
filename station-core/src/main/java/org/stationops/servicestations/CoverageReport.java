package org.stationops.servicestations;

import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.CoverageQueries.CompoundCoverage;
import org.stationops.servicestations.CoverageQueries.StationReach;

/**
 * Walking-distance coverage at one time of day.
 *
 * @param compounds every compound with its coverage (the map draws them).
 * @param gaps uncovered compounds, most residents first.
 * @param whatIf the coverage with the proposed point added, or {@literal null}.
 * @param cameras compounds and residents within the camera radius of a working camera.
 * @param seenByCameras the ids of those compounds.
 */
public record CoverageReport(WalkingCircle circle, LocalTime at, Share total, List<AreaShare> areas,
		List<StationShare> stations, List<CompoundCoverage> compounds, List<CompoundCoverage> gaps,
		@Nullable WhatIf whatIf, Share cameras, java.util.Set<Long> seenByCameras, int cameraRadiusMetres) {

	public boolean seenByCameras(Long compoundId) {
		return this.seenByCameras.contains(compoundId);
	}

	/**
	 * Covered against all, in compounds and residents.
	 */
	public record Share(int compounds, int coveredCompounds, long residents, long coveredResidents) {

		public double percent() {
			return (this.residents == 0) ? 0 : Math.round(1000.0 * this.coveredResidents / this.residents) / 10.0;
		}

	}

	/**
	 * @param areaId {@literal null} for compounds not assigned to an area.
	 */
	public record AreaShare(@Nullable Long areaId, Share share) {

	}

	/**
	 * @param percent residents inside this station's circle as a share of all residents.
	 */
	public record StationShare(StationReach station, double percent) {

	}

	/**
	 * @param gained residents who would be covered only thanks to the proposed point.
	 */
	public record WhatIf(GeoPoint proposed, Share after, int gainedCompounds, long gainedResidents) {

	}

}
