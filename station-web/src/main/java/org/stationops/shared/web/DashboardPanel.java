package org.stationops.shared.web;

import java.util.Map;

/**
 * A feature's panel on the dashboard (工作台). The dashboard renders every panel bean in
 * {@link org.springframework.core.annotation.Order} order, so it needs no dependency on
 * the features.
 */
public interface DashboardPanel {

	/**
	 * @return the Thymeleaf fragment that renders the panel, e.g.
	 * {@code "cases/panels :: deadlines"}; it reads its data from the variable
	 * {@code panel}.
	 */
	String fragment();

	/**
	 * @param me the signed-in officer, whose scope limits the data.
	 * @return the panel's data, or an empty map to hide the panel for this officer.
	 */
	Map<String, Object> data(OfficerPrincipal me);

}
