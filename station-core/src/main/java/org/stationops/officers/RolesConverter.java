package org.stationops.officers;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an officer's roles as one comma-separated column, so lists of officers load in a
 * single query.
 */
@Converter
class RolesConverter implements AttributeConverter<Set<Role>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<Role> convertToEntityAttribute(String column) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(column.split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.map(Role::valueOf)
			.forEach(roles::add);
		return roles;
	}

}
