package org.stationops.liaison;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a visit's purposes as one comma-separated column (the report splits it in SQL).
 */
@Converter
class PurposesConverter implements AttributeConverter<Set<VisitPurpose>, String> {

	@Override
	public String convertToDatabaseColumn(Set<VisitPurpose> purposes) {
		return purposes.stream().sorted().map(VisitPurpose::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<VisitPurpose> convertToEntityAttribute(String column) {
		Set<VisitPurpose> purposes = EnumSet.noneOf(VisitPurpose.class);
		Arrays.stream(column.split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.map(VisitPurpose::valueOf)
			.forEach(purposes::add);
		return purposes;
	}

}
