package org.stationops.incidents.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stationops.incidents.IncidentCategory;
import org.stationops.incidents.IncidentService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting helpers the incident templates call as {@code @incidentViews}: times in the
 * station's zone, durations, category names in the user's language.
 */
@Component("incidentViews")
class IncidentViews {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final Clock clock;

	private final IncidentService incidents;

	private volatile @Nullable Map<String, IncidentCategory> categories;

	IncidentViews(Clock clock, IncidentService incidents) {
		this.clock = clock;
		this.incidents = incidents;
	}

	public String time(@Nullable Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.clock.getZone())) : "";
	}

	public String clockTime(@Nullable Instant instant) {
		return (instant != null) ? CLOCK.format(instant.atZone(this.clock.getZone())) : "";
	}

	/**
	 * @return a duration as {@code 1:05:30} / {@code 4:12} (minutes:seconds).
	 */
	public String duration(@Nullable Duration duration) {
		if (duration == null) {
			return "—";
		}
		long seconds = Math.abs(duration.getSeconds());
		String sign = duration.isNegative() ? "-" : "";
		long hours = seconds / 3600;
		if (hours > 0) {
			return String.format("%s%d:%02d:%02d", sign, hours, (seconds % 3600) / 60, seconds % 60);
		}
		return String.format("%s%d:%02d", sign, seconds / 60, seconds % 60);
	}

	/**
	 * @return age in hours and minutes, e.g. {@code 3h 05m}.
	 */
	public String age(Instant since) {
		Duration age = Duration.between(since, this.clock.instant());
		if (age.isNegative()) {
			age = Duration.ZERO;
		}
		return age.toDaysPart() > 0 ? String.format("%dd %02dh", age.toDays(), age.toHoursPart())
				: String.format("%dh %02dm", age.toHours(), age.toMinutesPart());
	}

	public Instant now() {
		return this.clock.instant();
	}

	public String category(@Nullable String code) {
		if (code == null) {
			return "";
		}
		Map<String, IncidentCategory> byCode = categories();
		IncidentCategory category = byCode.get(code);
		if (category == null) {
			return code;
		}
		String language = LocaleContextHolder.getLocale().getLanguage();
		IncidentCategory parent = (category.getParentCode() != null) ? byCode.get(category.getParentCode()) : null;
		return (parent != null) ? parent.name(language) + " · " + category.name(language) : category.name(language);
	}

	public boolean preventable(@Nullable String code) {
		IncidentCategory category = (code != null) ? categories().get(code) : null;
		return category != null && category.isPreventable();
	}

	/**
	 * The taxonomy by code, read once: templates ask per row, after the page's
	 * transaction has ended, so every call to the service here would open a transaction
	 * of its own.
	 */
	private Map<String, IncidentCategory> categories() {
		Map<String, IncidentCategory> byCode = this.categories;
		if (byCode == null) {
			byCode = this.incidents.categoriesByCode();
			this.categories = byCode;
		}
		return byCode;
	}

	String language() {
		return LocaleContextHolder.getLocale().getLanguage().toLowerCase(Locale.ROOT);
	}

}
