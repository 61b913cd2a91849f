package org.stationops.system;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates on pages (forms, list filters, reports) are bounded to the years
 * {@value #MIN_YEAR}–{@value #MAX_YEAR}: a date outside fails to bind, so a form shows
 * its "enter a date" message and a filter answers 400, instead of a far-off year reaching
 * the database and ending in a 500. Registered after Spring's own date formatters, so it
 * takes precedence over them; it parses with them and checks the result.
 */
@Configuration(proxyBeanMethods = false)
class InputBounds implements WebMvcConfigurer {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2100;

	private static final Instant LOWEST = Instant.parse("1000-01-01T00:00:00Z");

	private static final Instant HIGHEST = Instant.parse("3000-01-01T00:00:00Z");

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new BoundedDateTimeFormat());
		registry.addFormatterForFieldType(LocalDate.class, new BoundedFormatter<>(DateTimeFormatter.ISO_LOCAL_DATE,
				(text) -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)));
		registry.addFormatterForFieldType(LocalDateTime.class, new BoundedFormatter<>(
				DateTimeFormatter.ISO_LOCAL_DATE_TIME, (text) -> LocalDateTime.parse(text.replace(' ', 'T'))));
	}

	/**
	 * @throws IllegalArgumentException when the value is a date or time outside the
	 * bounds.
	 */
	static <T> T checked(T value) {
		int year = MIN_YEAR;
		if (value instanceof LocalDate date) {
			year = date.getYear();
		}
		else if (value instanceof LocalDateTime dateTime) {
			year = dateTime.getYear();
		}
		else if (value instanceof OffsetDateTime dateTime) {
			year = dateTime.getYear();
		}
		else if (value instanceof ZonedDateTime dateTime) {
			year = dateTime.getYear();
		}
		else if (value instanceof YearMonth month) {
			year = month.getYear();
		}
		else if (value instanceof Instant instant) {
			year = (instant.isAfter(LOWEST) && instant.isBefore(HIGHEST)) ? instant.atOffset(ZoneOffset.UTC).getYear()
					: Integer.MIN_VALUE;
		}
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new IllegalArgumentException("Year out of range " + MIN_YEAR + "-" + MAX_YEAR);
		}
		return value;
	}

	/**
	 * Spring's {@code @DateTimeFormat} handling, with the bounds checked after parsing.
	 */
	static final class BoundedDateTimeFormat implements AnnotationFormatterFactory<DateTimeFormat> {

		private final Jsr310DateTimeFormatAnnotationFormatterFactory delegate = new Jsr310DateTimeFormatAnnotationFormatterFactory();

		@Override
		public Set<Class<?>> getFieldTypes() {
			return this.delegate.getFieldTypes();
		}

		@Override
		public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
			return this.delegate.getPrinter(annotation, fieldType);
		}

		@Override
		public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
			Parser<?> parser = this.delegate.getParser(annotation, fieldType);
			return (text, locale) -> checked(parser.parse(text, locale));
		}

	}

	/**
	 * ISO text for a date type without {@code @DateTimeFormat}, with the bounds checked.
	 */
	record BoundedFormatter<T extends java.time.temporal.TemporalAccessor>(DateTimeFormatter printer,
			java.util.function.Function<String, T> parser) implements Formatter<T> {

		@Override
		public String print(T value, Locale locale) {
			return this.printer.format(value);
		}

		@Override
		public T parse(String text, Locale locale) throws ParseException {
			return checked(this.parser.apply(text.strip()));
		}

	}

}
