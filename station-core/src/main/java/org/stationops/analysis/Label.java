package org.stationops.analysis;

import java.util.Locale;

/**
 * A name in Chinese and English, as reference data carries it.
 */
public record Label(String zh, String en) {

	public static Label of(String both) {
		return new Label(both, both);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.en : this.zh;
	}

}
