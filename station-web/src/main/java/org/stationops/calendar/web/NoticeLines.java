package org.stationops.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.stationops.calendar.CalendarDayKind;
import org.stationops.calendar.WorkingCalendar.NoticeRange;
import org.stationops.shared.RuleViolationException;

/**
 * Reads a notice as lines (or a CSV file) of {@code from,to,KIND,name}: {@code to} may be
 * empty for a single day; KIND is HOLIDAY or MAKEUP_WORKDAY; blank lines and lines
 * starting with # are skipped, as is a header line starting with "from".
 */
final class NoticeLines {

	private NoticeLines() {
	}

	static List<NoticeRange> parse(String text) {
		List<NoticeRange> ranges = new ArrayList<>();
		int number = 0;
		for (String raw : text.split("\\R")) {
			number++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(java.util.Locale.ROOT).startsWith("from")) {
				continue;
			}
			String[] cells = line.split("[,，]", -1);
			if (cells.length != 4) {
				throw RuleViolationException.onField("lines", "calendar.notice.badLine", number);
			}
			try {
				LocalDate from = LocalDate.parse(cells[0].strip());
				LocalDate to = cells[1].isBlank() ? from : LocalDate.parse(cells[1].strip());
				CalendarDayKind kind = CalendarDayKind.valueOf(cells[2].strip().toUpperCase(java.util.Locale.ROOT));
				String name = cells[3].strip();
				if (name.isEmpty() || name.length() > 50) {
					throw RuleViolationException.onField("lines", "calendar.notice.badLine", number);
				}
				ranges.add(new NoticeRange(from, to, kind, name));
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				throw RuleViolationException.onField("lines", "calendar.notice.badLine", number);
			}
		}
		return ranges;
	}

}
