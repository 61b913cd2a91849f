package org.stationops.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The 2026 holidays and make-up working days as the State Council published them
 * (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04), the same set V30 seeds.
 */
public final class Calendar2026 {

	private Calendar2026() {
	}

	public static WorkingDays workingDays() {
		return WorkingDays.of(days());
	}

	/**
	 * @return the 2025 and 2026 notices as V30 and V75 seed them, with 2027 and later
	 * unseeded (statutory holidays only, provisional).
	 */
	public static WorkingDays seeded2025And2026() {
		Map<LocalDate, CalendarDayKind> days = days();
		holidays(days, "2025-01-01", "2025-01-01");
		days.put(LocalDate.parse("2025-01-26"), CalendarDayKind.MAKEUP_WORKDAY);
		holidays(days, "2025-01-28", "2025-02-04");
		days.put(LocalDate.parse("2025-02-08"), CalendarDayKind.MAKEUP_WORKDAY);
		holidays(days, "2025-04-04", "2025-04-06");
		days.put(LocalDate.parse("2025-04-27"), CalendarDayKind.MAKEUP_WORKDAY);
		holidays(days, "2025-05-01", "2025-05-05");
		holidays(days, "2025-05-31", "2025-06-02");
		days.put(LocalDate.parse("2025-09-28"), CalendarDayKind.MAKEUP_WORKDAY);
		holidays(days, "2025-10-01", "2025-10-08");
		days.put(LocalDate.parse("2025-10-11"), CalendarDayKind.MAKEUP_WORKDAY);
		return WorkingDays.of(days, java.util.Set.of(2025, 2026));
	}

	static Map<LocalDate, CalendarDayKind> days() {
		Map<LocalDate, CalendarDayKind> days = new HashMap<>();
		holidays(days, "2026-01-01", "2026-01-03");
		days.put(LocalDate.parse("2026-01-04"), CalendarDayKind.MAKEUP_WORKDAY);
		days.put(LocalDate.parse("2026-02-14"), CalendarDayKind.MAKEUP_WORKDAY);
		holidays(days, "2026-02-15", "2026-02-23");
		days.put(LocalDate.parse("2026-02-28"), CalendarDayKind.MAKEUP_WORKDAY);
		holidays(days, "2026-04-04", "2026-04-06");
		holidays(days, "2026-05-01", "2026-05-05");
		days.put(LocalDate.parse("2026-05-09"), CalendarDayKind.MAKEUP_WORKDAY);
		holidays(days, "2026-06-19", "2026-06-21");
		days.put(LocalDate.parse("2026-09-20"), CalendarDayKind.MAKEUP_WORKDAY);
		holidays(days, "2026-09-25", "2026-09-27");
		holidays(days, "2026-10-01", "2026-10-07");
		days.put(LocalDate.parse("2026-10-10"), CalendarDayKind.MAKEUP_WORKDAY);
		return days;
	}

	private static void holidays(Map<LocalDate, CalendarDayKind> days, String from, String to) {
		for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
			days.put(d, CalendarDayKind.HOLIDAY);
		}
	}

}
