package org.stationops.cases.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * The field values an edit started from, carried through the form as one hidden value,
 * and the comparison that shows what a colleague changed meanwhile.
 */
final class Baseline {

	private Baseline() {
	}

	static String encode(Map<String, String> values) {
		Properties properties = new Properties();
		properties.putAll(values);
		StringWriter writer = new StringWriter();
		try {
			properties.store(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Base64.getUrlEncoder().encodeToString(writer.toString().getBytes(StandardCharsets.UTF_8));
	}

	static Properties decode(@Nullable String encoded) {
		Properties properties = new Properties();
		if (encoded == null || encoded.isBlank()) {
			return properties;
		}
		try {
			properties
				.load(new StringReader(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8)));
		}
		catch (IOException | IllegalArgumentException ex) {
			return new Properties();
		}
		return properties;
	}

	/**
	 * @return the fields whose stored value differs from the value the user started from.
	 */
	static List<Change> changes(@Nullable String encoded, Map<String, String> stored) {
		Properties started = decode(encoded);
		List<Change> changes = new ArrayList<>();
		stored.forEach((field, now) -> {
			String before = started.getProperty(field);
			if (before != null && !before.equals(now)) {
				changes.add(new Change(field, before, now));
			}
		});
		return changes;
	}

	record Change(String field, String startedFrom, String storedNow) {
	}

}
