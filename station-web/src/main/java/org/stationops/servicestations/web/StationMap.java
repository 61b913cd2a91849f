package org.stationops.servicestations.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.Camera;
import org.stationops.servicestations.CoverageQueries.CompoundCoverage;
import org.stationops.servicestations.CoverageQueries.StationReach;
import org.stationops.servicestations.GeoPoint;

/**
 * The map page's layers projected onto a plain SVG plot (equirectangular around the
 * middle latitude): service stations with their walking circles, compounds coloured by
 * coverage, cameras coloured by state, and each area's outline, drawn as the convex hull
 * of the area's known points (areas have no surveyed boundary). Needs no tiles and no
 * script, so it never calls the internet.
 */
record StationMap(int width, int height, List<Mark> stations, List<Mark> compounds, List<Mark> cameras,
		List<Outline> areas, String projection) {

	static final int WIDTH = 900;

	static final int HEIGHT = 560;

	private static final int MARGIN = 30;

	private static final double METRES_PER_DEGREE = 111_195;

	/**
	 * One drawn point; {@code r} is a circle radius in pixels (0 when none is drawn);
	 * {@code latitude} and {@code longitude} let the tile map draw the same point.
	 */
	record Mark(Long id, String label, double x, double y, double r, String css, double latitude, double longitude) {

	}

	/**
	 * An area's outline as SVG polygon points, with where its name goes.
	 */
	record Outline(String name, String points, double labelX, double labelY) {

	}

	/**
	 * One point that belongs to an area, for its outline.
	 */
	private record AreaPoint(@Nullable Long areaId, double latitude, double longitude) {

	}

	static StationMap of(List<StationReach> stations, List<CompoundCoverage> compounds, List<Camera> cameras,
			int radiusMetres, Map<Long, @Nullable Long> stationAreas, Map<Long, String> areaNames) {
		List<GeoPoint> points = new ArrayList<>();
		stations.forEach(s -> points.add(new GeoPoint(s.latitude(), s.longitude())));
		compounds.forEach(c -> points.add(new GeoPoint(c.latitude(), c.longitude())));
		cameras.forEach(c -> points.add(new GeoPoint(c.getLatitude(), c.getLongitude())));
		if (points.isEmpty()) {
			return new StationMap(WIDTH, HEIGHT, List.of(), List.of(), List.of(), List.of(), "");
		}
		double pad = radiusMetres / METRES_PER_DEGREE;
		double minLat = points.stream().mapToDouble(GeoPoint::latitude).min().orElse(0) - pad;
		double maxLat = points.stream().mapToDouble(GeoPoint::latitude).max().orElse(0) + pad;
		double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		double minLon = points.stream().mapToDouble(GeoPoint::longitude).min().orElse(0) - pad / cos;
		double maxLon = points.stream().mapToDouble(GeoPoint::longitude).max().orElse(0) + pad / cos;
		double spanX = Math.max((maxLon - minLon) * cos, 0.005);
		double spanY = Math.max(maxLat - minLat, 0.005);
		double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
		double radius = Math.round(radiusMetres / METRES_PER_DEGREE * scale * 10) / 10.0;
		Projection p = new Projection(minLon, maxLat, cos, scale);
		List<Mark> stationMarks = stations.stream().map(s -> {
			String css = s.staffed() ? "staffed" : (s.status().name().equals("ACTIVE") ? "closed" : "suspended");
			return new Mark(s.id(), s.name(), p.x(s.longitude()), p.y(s.latitude()), radius, css, s.latitude(),
					s.longitude());
		}).toList();
		List<Mark> compoundMarks = compounds.stream()
			.map(c -> new Mark(c.id(), c.name() + " · " + c.residents(), p.x(c.longitude()), p.y(c.latitude()), 0,
					c.covered() ? "covered" : "uncovered", c.latitude(), c.longitude()))
			.toList();
		List<Mark> cameraMarks = cameras.stream()
			.map(c -> new Mark(c.getId(), c.getCode() + " " + c.getLocation(), p.x(c.getLongitude()),
					p.y(c.getLatitude()), 0, c.isWorking() ? "online" : "faulty", c.getLatitude(), c.getLongitude()))
			.toList();
		List<AreaPoint> areaPoints = new ArrayList<>();
		stations.forEach(s -> areaPoints.add(new AreaPoint(stationAreas.get(s.id()), s.latitude(), s.longitude())));
		compounds.forEach(c -> areaPoints.add(new AreaPoint(c.areaId(), c.latitude(), c.longitude())));
		Map<Long, List<double[]>> byArea = new LinkedHashMap<>();
		for (AreaPoint a : areaPoints) {
			if (a.areaId() != null) {
				byArea.computeIfAbsent(a.areaId(), k -> new ArrayList<>())
					.add(new double[] { p.x(a.longitude()), p.y(a.latitude()) });
			}
		}
		List<Outline> outlines = new ArrayList<>();
		byArea.forEach((areaId, xy) -> {
			List<double[]> hull = hull(xy, 14);
			StringBuilder sb = new StringBuilder();
			for (double[] v : hull) {
				sb.append(round(v[0])).append(',').append(round(v[1])).append(' ');
			}
			double lx = hull.stream().mapToDouble(v -> v[0]).average().orElse(0);
			double ly = hull.stream().mapToDouble(v -> v[1]).min().orElse(0) - 4;
			outlines.add(new Outline(areaNames.getOrDefault(areaId, ""), sb.toString().trim(), round(lx), round(ly)));
		});
		return new StationMap(WIDTH, HEIGHT, stationMarks, compoundMarks, cameraMarks, outlines, p.describe());
	}

	/**
	 * The convex hull (Andrew's monotone chain) of the points, each first widened into a
	 * small square of half-side {@code pad} pixels so that one or two points still
	 * enclose an area.
	 */
	static List<double[]> hull(List<double[]> points, double pad) {
		List<double[]> all = new ArrayList<>();
		for (double[] v : points) {
			all.add(new double[] { v[0] - pad, v[1] - pad });
			all.add(new double[] { v[0] + pad, v[1] - pad });
			all.add(new double[] { v[0] + pad, v[1] + pad });
			all.add(new double[] { v[0] - pad, v[1] + pad });
		}
		all.sort(Comparator.<double[]>comparingDouble(v -> v[0]).thenComparingDouble(v -> v[1]));
		int n = all.size();
		double[][] h = new double[2 * n][];
		int k = 0;
		for (double[] v : all) {
			while (k >= 2 && cross(h[k - 2], h[k - 1], v) <= 0) {
				k--;
			}
			h[k++] = v;
		}
		for (int i = n - 2, lower = k + 1; i >= 0; i--) {
			double[] v = all.get(i);
			while (k >= lower && cross(h[k - 2], h[k - 1], v) <= 0) {
				k--;
			}
			h[k++] = v;
		}
		List<double[]> result = new ArrayList<>();
		for (int i = 0; i < k - 1; i++) {
			result.add(h[i]);
		}
		return result;
	}

	private static double cross(double[] o, double[] a, double[] b) {
		return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

	private record Projection(double minLon, double maxLat, double cos, double scale) {

		double x(double lon) {
			return round(MARGIN + (lon - this.minLon) * this.cos * this.scale);
		}

		double y(double lat) {
			return round(MARGIN + (this.maxLat - lat) * this.scale);
		}

		/**
		 * The projection for pages that draw their own points over the map (the dispatch
		 * board's incidents and units): {@code minLon maxLat cos scale margin}.
		 */
		String describe() {
			return this.minLon + " " + this.maxLat + " " + this.cos + " " + this.scale + " " + MARGIN;
		}

	}

}
