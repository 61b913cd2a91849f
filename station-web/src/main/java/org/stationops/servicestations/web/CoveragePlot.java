package org.stationops.servicestations.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.CoverageQueries.CompoundCoverage;
import org.stationops.servicestations.CoverageQueries.StationReach;
import org.stationops.servicestations.CoverageReport;
import org.stationops.servicestations.GeoPoint;

/**
 * The coverage drawn as a plain SVG plot (equirectangular projection around the middle
 * latitude): stations with their walking circles, compounds coloured by coverage, and the
 * proposed point. Needs no map tiles, so it never calls the internet.
 */
record CoveragePlot(int width, int height, List<Mark> stations, List<Mark> compounds, @Nullable Mark proposed) {

	static final int WIDTH = 800;

	static final int HEIGHT = 480;

	private static final int MARGIN = 30;

	private static final double METRES_PER_DEGREE = 111_195;

	/**
	 * One drawn point; {@code r} is the circle radius in pixels (0 for compounds).
	 */
	record Mark(Long id, String label, double x, double y, double r, String css) {

	}

	static CoveragePlot of(CoverageReport report) {
		List<GeoPoint> points = new ArrayList<>();
		report.stations().forEach(s -> points.add(new GeoPoint(s.station().latitude(), s.station().longitude())));
		report.compounds().forEach(c -> points.add(new GeoPoint(c.latitude(), c.longitude())));
		if (report.whatIf() != null) {
			points.add(report.whatIf().proposed());
		}
		if (points.isEmpty()) {
			return new CoveragePlot(WIDTH, HEIGHT, List.of(), List.of(), null);
		}
		double pad = report.circle().radiusMetres() / METRES_PER_DEGREE;
		double minLat = points.stream().mapToDouble(GeoPoint::latitude).min().orElse(0) - pad;
		double maxLat = points.stream().mapToDouble(GeoPoint::latitude).max().orElse(0) + pad;
		double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		double minLon = points.stream().mapToDouble(GeoPoint::longitude).min().orElse(0) - pad / cos;
		double maxLon = points.stream().mapToDouble(GeoPoint::longitude).max().orElse(0) + pad / cos;
		double spanX = Math.max((maxLon - minLon) * cos, 0.005);
		double spanY = Math.max(maxLat - minLat, 0.005);
		double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
		double radius = report.circle().radiusMetres() / METRES_PER_DEGREE * scale;
		Projection p = new Projection(minLon, maxLat, cos, scale);
		List<Mark> stations = report.stations().stream().map(s -> {
			StationReach r = s.station();
			String css = r.staffed() ? "staffed" : (r.status().name().equals("ACTIVE") ? "closed" : "suspended");
			return new Mark(r.id(), r.name(), p.x(r.longitude()), p.y(r.latitude()), radius, css);
		}).toList();
		List<Mark> compounds = report.compounds().stream().map((CompoundCoverage c) -> {
			String css = c.covered() ? "covered" : (c.coveredByProposed() ? "gained" : "uncovered");
			return new Mark(c.id(), c.name(), p.x(c.longitude()), p.y(c.latitude()), 0, css);
		}).toList();
		Mark proposed = null;
		if (report.whatIf() != null) {
			GeoPoint g = report.whatIf().proposed();
			proposed = new Mark(0L, "", p.x(g.longitude()), p.y(g.latitude()), radius, "proposed");
		}
		return new CoveragePlot(WIDTH, HEIGHT, stations, compounds, proposed);
	}

	private record Projection(double minLon, double maxLat, double cos, double scale) {

		double x(double lon) {
			return Math.round((MARGIN + (lon - this.minLon) * this.cos * this.scale) * 10) / 10.0;
		}

		double y(double lat) {
			return Math.round((MARGIN + (this.maxLat - lat) * this.scale) * 10) / 10.0;
		}

	}

}
