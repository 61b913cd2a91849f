package org.stationops.cases.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.stationops.cases.CaseEvent;
import org.stationops.cases.ReturnReason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows a timeline entry's detail in the reader's language: the stored detail is a
 * compact record with code names ({@code ACCEPTED->FILED}, {@code 张某:DETAINED},
 * {@code title,summary}); the codes become their labels, free text stays as written.
 */
@Component
class TimelineText {

	private static final String ARROW = " → ";

	private final MessageSource messages;

	TimelineText(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @return the display text of each entry, by entry id.
	 */
	Map<Long, String> render(List<CaseEvent> events, List<ReturnReason> reasons, Locale locale) {
		Map<Long, String> texts = new HashMap<>();
		for (CaseEvent event : events) {
			try {
				texts.put(event.getId(), render(event, reasons, locale));
			}
			catch (RuntimeException ex) {
				texts.put(event.getId(), event.getDetail());
			}
		}
		return texts;
	}

	String render(CaseEvent event, List<ReturnReason> reasons, Locale locale) {
		String detail = event.getDetail();
		return switch (event.getType()) {
			case EDITED -> Arrays.stream(detail.split(","))
				.filter((field) -> !field.isBlank())
				.map((field) -> label("cases.field.", field.trim(), locale))
				.collect(Collectors.joining(locale.getLanguage().equals("zh") ? "、" : ", "));
			case STAGE_CHANGED -> stageChange(detail, locale);
			case DECISION_SUBMITTED, DECISION_APPROVED -> label("cases.decision.", detail, locale);
			case DECISION_RETURNED -> {
				String[] parts = detail.split(":", 3);
				if (parts.length < 3) {
					yield detail;
				}
				String reason = reasons.stream()
					.filter((r) -> r.getCode().equals(parts[1]))
					.map((r) -> r.name(locale.getLanguage()))
					.findFirst()
					.orElse(parts[1]);
				yield label("cases.decision.", parts[0], locale) + sep(locale) + reason + sep(locale) + parts[2];
			}
			case SUSPECT_ADDED -> {
				int at = detail.lastIndexOf(':');
				yield (at < 0) ? detail : detail.substring(0, at) + sep(locale)
						+ label("cases.suspect.status.", detail.substring(at + 1), locale);
			}
			case SUSPECT_STATUS -> {
				int at = detail.lastIndexOf(':');
				if (at < 0) {
					yield detail;
				}
				String[] change = detail.substring(at + 1).split("->", 2);
				yield detail.substring(0, at) + sep(locale)
						+ Arrays.stream(change)
							.map((status) -> label("cases.suspect.status.", status, locale))
							.collect(Collectors.joining(ARROW));
			}
			case PARTICULAR_ADDED -> {
				int at = detail.indexOf(':');
				yield (at < 0) ? detail : label("cases.particular.kind.", detail.substring(0, at), locale) + sep(locale)
						+ detail.substring(at + 1);
			}
			case CLOCK_PAUSED, CLOCK_RESUMED -> {
				int at = detail.indexOf(':');
				yield (at < 0) ? detail : label("cases.pause.", detail.substring(0, at), locale) + sep(locale)
						+ detail.substring(at + 1);
			}
			default -> detail;
		};
	}

	private String stageChange(String detail, Locale locale) {
		String change = detail;
		String suffix = "";
		if (change.endsWith(" (import)")) {
			change = change.substring(0, change.length() - " (import)".length());
			suffix = (locale.getLanguage().equals("zh") ? "" : " ")
					+ this.messages.getMessage("cases.event.imported", null, "(import)", locale);
		}
		int colon = change.indexOf(':');
		if (colon >= 0) {
			String rest = change.substring(colon + 1);
			if (rest.startsWith("mediation")) {
				rest = label("cases.pause.", "MEDIATION", locale) + rest.substring("mediation".length());
			}
			suffix = sep(locale) + rest + suffix;
			change = change.substring(0, colon);
		}
		return Arrays.stream(change.split("->"))
			.map((stage) -> label("cases.stage.", stage, locale))
			.collect(Collectors.joining(ARROW)) + suffix;
	}

	private String label(String prefix, String code, Locale locale) {
		return this.messages.getMessage(prefix + code.trim(), null, code, locale);
	}

	private static String sep(Locale locale) {
		return locale.getLanguage().equals("zh") ? "：" : ": ";
	}

}
