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
import org.stationops.shared.web.DurationFormat;
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

	private final DurationFormat durations;

	IncidentViews(Clock clock, IncidentService incidents, DurationFormat durations) {
		this.clock = clock;
		this.durations = durations;
		this.incidents = incidents;
	}

	public String time(@Nullable Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.clock.getZone())) : "";
	}

	public String clockTime(@Nullable Instant instant) {
		return (instant != null) ? CLOCK.format(instant.atZone(this.clock.getZone())) : "";
	}

	/**
	 * @return a duration with units in the reader's language, e.g. {@code 3 分 48 秒}.
	 */
	public String duration(@Nullable Duration duration) {
		return this.durations.format(duration);
	}

	/**
	 * @return the time since an instant, e.g. {@code 2 小时 07 分}.
	 */
	public String age(Instant since) {
		Duration age = Duration.between(since, this.clock.instant());
		return this.durations.format(age.isNegative() ? Duration.ZERO : age);
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
