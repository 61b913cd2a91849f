package org.stationops.calendar;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * One exceptional day of the calendar.
 */
@Entity
@Table(name = "calendar_days")
public class CalendarDay extends AbstractEntity {

	private LocalDate day = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	private CalendarDayKind kind = CalendarDayKind.HOLIDAY;

	private String name = "";

	protected CalendarDay() {
	}

	CalendarDay(LocalDate day, CalendarDayKind kind, String name) {
		this.day = day;
		this.kind = kind;
		this.name = name;
	}

	void change(CalendarDayKind kind, String name) {
		this.kind = kind;
		this.name = name;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public CalendarDayKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

}
