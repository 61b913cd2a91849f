package org.stationops.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class DurationFormatTests {

	private final DurationFormat format = new DurationFormat(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void writesMinutesAndSecondsWithUnitsInTheReadersLanguage() {
		Duration d = Duration.ofMinutes(3).plusSeconds(48);
		assertThat(this.format.format(d, Locale.SIMPLIFIED_CHINESE)).isEqualTo("3 分 48 秒");
		assertThat(this.format.format(d, Locale.ENGLISH)).isEqualTo("3 min 48 s");
	}

	@Test
	void writesHoursAndMinutesAndDaysAndHours() {
		assertThat(this.format.format(Duration.ofMinutes(127), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2 小时 07 分");
		assertThat(this.format.format(Duration.ofMinutes(127), Locale.ENGLISH)).isEqualTo("2 h 07 min");
		assertThat(this.format.format(Duration.ofHours(26), Locale.SIMPLIFIED_CHINESE)).isEqualTo("1 天 02 小时");
		assertThat(this.format.format(Duration.ofHours(26), Locale.ENGLISH)).isEqualTo("1 d 02 h");
	}

	@Test
	void marksAnOverdueDurationAndShowsADashForNone() {
		assertThat(this.format.format(Duration.ofSeconds(-65), Locale.ENGLISH)).isEqualTo("-1 min 05 s");
		assertThat(this.format.format(null, Locale.ENGLISH)).isEqualTo("—");
	}

}
