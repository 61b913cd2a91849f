package org.stationops.stations;

import java.math.BigDecimal;

/**
 * The editable jurisdiction profile of a station.
 */
public record StationProfile(String code, String name, String bureau, String address, BigDecimal areaKm2,
		int residentialCompounds, int actualPopulation, int registeredPopulation, int floatingPopulation, int schools,
		int urbanVillages, int officerHeadcount) {
}
