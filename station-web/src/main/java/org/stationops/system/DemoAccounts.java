package org.stationops.system;

import java.util.List;

/**
 * The demo accounts, shown on the login page only in demo mode and listed in the README.
 */
public record DemoAccounts(String username, String roleKey, String stationKey) {

	static final String PASSWORD = "demo-password";

	static final List<DemoAccounts> ALL = List.of(new DemoAccounts("admin", "role.ADMIN", "demo.station.bureau"),
			new DemoAccounts("bureau", "role.BUREAU_SUPERVISOR", "demo.station.bureau"),
			new DemoAccounts("ml.officer", "role.OFFICER", "demo.station.meilong"),
			new DemoAccounts("ml.duty", "role.OFFICER", "demo.station.meilong"),
			new DemoAccounts("ml.liaison", "role.LIAISON", "demo.station.meilong"),
			new DemoAccounts("ml.supervisor", "role.SUPERVISOR", "demo.station.meilong"),
			new DemoAccounts("ds.officer", "role.OFFICER", "demo.station.daishan"),
			new DemoAccounts("ds.liaison", "role.LIAISON", "demo.station.daishan"),
			new DemoAccounts("ds.supervisor", "role.SUPERVISOR", "demo.station.daishan"));

}
