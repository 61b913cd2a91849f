package org.stationops.servicestations.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.stationops.support.BrowserTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map page with a tile server configured: the same layers drawn by Leaflet, served
 * from its WebJar, over the configured tiles (the host does not exist here; the markers
 * and circles draw without the tiles).
 */
@TestPropertySource(properties = "stationops.map.tile-url=" + LeafletMapBrowserTests.TILES)
class LeafletMapBrowserTests extends BrowserTest {

	static final String TILES = "http://tiles.intranet/{z}/{x}/{y}.png";

	@Test
	void mapDrawsTheLayersWithLeafletOverTheConfiguredTiles() {
		signIn("ds.officer");
		open("/service-stations/map");
		waitFor(By.cssSelector("#leaflet-map[data-ready='true']"));
		String page = browser().getPageSource();
		assertThat(page).contains("/webjars/leaflet/", "/js/stationmap-", "data-tile-url=\"" + TILES + "\"")
			.doesNotContain("id=\"station-map\"");
		assertThat(browser().findElements(By.cssSelector("#leaflet-map .leaflet-tile")).size()).isPositive();
		assertThat(browser().findElements(By.cssSelector("#leaflet-map path.leaflet-interactive"))).hasSizeGreaterThan(
				browser().findElements(By.cssSelector("#leaflet-layers li[data-layer='station']")).size());
		screenshot("service-stations-map-leaflet");
	}

	@Test
	void contentSecurityPolicyAllowsImagesFromTheTileServerOnly() throws Exception {
		HttpResponse<Void> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(login.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("img-src 'self' data: http://tiles.intranet;")
				.contains("script-src 'self';"));
	}

}
