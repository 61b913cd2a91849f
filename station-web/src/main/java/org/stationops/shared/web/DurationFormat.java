package org.stationops.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way durations are written, with units in the reader's language:
 * {@code 3 分 48 秒} / {@code 3 min 48 s}, {@code 2 小时 07 分}, {@code 1 天 02 小时}. Templates
 * call it as {@code ${@durations.format(d)}}.
 */
@Component("durations")
public class DurationFormat {

	private final MessageSource messages;

	public DurationFormat(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param duration may be {@literal null} (shown as a dash).
	 * @return the duration in the current request's language.
	 */
	public String format(@Nullable Duration duration) {
		return format(duration, LocaleContextHolder.getLocale());
	}

	public String format(@Nullable Duration duration, Locale locale) {
		if (duration == null) {
			return "—";
		}
		String sign = duration.isNegative() ? "-" : "";
		Duration d = duration.abs();
		if (d.toDays() > 0) {
			return sign + text("common.duration.daysHours", locale, d.toDays(), d.toHoursPart());
		}
		if (d.toHours() > 0) {
			return sign + text("common.duration.hoursMinutes", locale, d.toHours(), d.toMinutesPart());
		}
		return sign + text("common.duration.minutesSeconds", locale, d.toMinutes(), d.toSecondsPart());
	}

	private String text(String code, Locale locale, long major, int minor) {
		return this.messages.getMessage(code, new Object[] { String.valueOf(major), String.format("%02d", minor) },
				locale);
	}

}
