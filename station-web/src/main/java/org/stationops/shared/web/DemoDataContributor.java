package org.stationops.shared.web;

/**
 * A feature's part of the demo data set. Contributors run once, on a demo start with an
 * empty database, in {@link org.springframework.core.annotation.Order} order (stations
 * and officers first).
 */
public interface DemoDataContributor {

	void contribute();

}
