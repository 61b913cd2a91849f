/**
 * Anti-fraud early warning (预警劝阻, 反电信网络诈骗法 第34条): warnings naming a likely victim, the
 * intervention and its outcome with the money protected, a case opened in one step when a
 * loss occurred, and publicity sessions (反诈宣传, 反诈夜校).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: validation",
		"shared :: web", "stations", "officers", "audit", "cases" })
package org.stationops.antifraud;
