package org.stationops.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads JSON strictly: dates and times only as ISO-8601 text (a number such as
 * {@code 1700000000} is not taken for a moment), within the years 1900–2100 like every
 * date a page accepts, and whole numbers only as JSON numbers (not as text such as
 * {@code "١٢"}). Each refusal is a 400 problem detail naming the field.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

	private static final Set<Class<?>> TEMPORALS = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
			OffsetDateTime.class, ZonedDateTime.class);

	@Bean
	JsonMapperBuilderCustomizer strictApiJson() {
		return builder -> builder
			.withCoercionConfig(LogicalType.Integer,
					coercion -> coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.addModule(new SimpleModule("stationops-bounded-dates").setDeserializerModifier(new BoundedDates()));
	}

	private static final class BoundedDates extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return TEMPORALS.contains(description.getBeanClass()) ? new BoundedDate(deserializer) : deserializer;
		}

	}

	private static final class BoundedDate extends DelegatingDeserializer {

		BoundedDate(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new BoundedDate(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return context.reportInputMismatch(this, "A date or time is written as ISO-8601 text");
			}
			Object value = super.deserialize(parser, context);
			int year = year(value);
			if (year < InputBounds.MIN_YEAR || year > InputBounds.MAX_YEAR) {
				return context.reportInputMismatch(this, "A date must lie between %d and %d", InputBounds.MIN_YEAR,
						InputBounds.MAX_YEAR);
			}
			return value;
		}

		private static int year(Object value) {
			if (value instanceof Instant instant) {
				return instant.atOffset(java.time.ZoneOffset.UTC).getYear();
			}
			return ((Temporal) value).get(ChronoField.YEAR);
		}

	}

}
