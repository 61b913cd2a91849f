package org.stationops.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * The State Council's notice of a year's holidays and 调休 (国务院办公厅关于某年部分节假日安排的通知), entered
 * as a whole. A year without one is provisional: the calendar knows its statutory
 * holidays, not its make-up days.
 */
@Entity
@Table(name = "calendar_notices")
public class CalendarNotice extends AbstractEntity {

	@Column(name = "notice_year")
	private int year;

	private String title = "";

	private LocalDate publishedOn = LocalDate.EPOCH;

	private Instant enteredAt = Instant.EPOCH;

	protected CalendarNotice() {
	}

	CalendarNotice(int year, String title, LocalDate publishedOn, Instant enteredAt) {
		this.year = year;
		this.title = title;
		this.publishedOn = publishedOn;
		this.enteredAt = enteredAt;
	}

	void reenter(String title, LocalDate publishedOn, Instant enteredAt) {
		this.title = title;
		this.publishedOn = publishedOn;
		this.enteredAt = enteredAt;
	}

	public int getYear() {
		return this.year;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public Instant getEnteredAt() {
		return this.enteredAt;
	}

}
