package org.stationops.system;

import java.util.Locale;
import java.util.Map;

/**
 * The languages the UI speaks: Chinese by default, English on request.
 */
public final class Languages {

	public static final String CHINESE = "zh-CN";

	public static final String ENGLISH = "en";

	private static final Map<String, Locale> LOCALES = Map.of(CHINESE, Locale.SIMPLIFIED_CHINESE, ENGLISH,
			Locale.ENGLISH);

	private Languages() {
	}

	public static boolean isSupported(String tag) {
		return LOCALES.containsKey(tag);
	}

	public static Locale toLocale(String tag) {
		return LOCALES.getOrDefault(tag, Locale.SIMPLIFIED_CHINESE);
	}

}
