package org.stationops.cases.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stationops.cases.CaseEvent;
import org.stationops.cases.ReturnReason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows a timeline entry's facts in the reader's language: the typed columns (stages,
 * decision, reason, pause reason, suspect statuses, particular kind, changed fields)
 * become their labels from the message bundles; free text stays as written.
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
			texts.put(event.getId(), render(event, reasons, locale));
		}
		return texts;
	}

	String render(CaseEvent e, List<ReturnReason> reasons, Locale locale) {
		List<String> parts = new ArrayList<>();
		switch (e.getType()) {
			case EDITED -> parts.add(String.join(zh(locale) ? "、" : ", ",
					e.getChangedFields().stream().map(f -> label("cases.field." + f, f, locale)).toList()));
			case STAGE_CHANGED -> {
				parts.add(change(code("cases.stage.", e.getStageFrom()), code("cases.stage.", e.getStageTo()), locale));
				if (e.getPauseReason() != null) {
					parts.add(label("cases.pause." + e.getPauseReason().name(), "", locale)
							+ ((e.getReference() != null) ? " " + e.getReference() : ""));
				}
			}
			case DECISION_SUBMITTED, DECISION_APPROVED ->
				parts.add(label(code("cases.decision.", e.getDecision()), locale));
			case DECISION_RETURNED -> {
				parts.add(label(code("cases.decision.", e.getDecision()), locale));
				parts.add(reasons.stream()
					.filter(r -> r.getCode().equals(e.getReasonCode()))
					.map(r -> r.name(locale.getLanguage()))
					.findFirst()
					.orElse(String.valueOf(e.getReasonCode())));
				parts.add(e.getDetail());
			}
			case EXTENDED -> parts.add(String.valueOf(e.getReference()));
			case SUSPECT_ADDED -> {
				parts.add(e.getDetail());
				parts.add(label(code("cases.suspect.status.", e.getStatusTo()), locale));
			}
			case SUSPECT_STATUS -> {
				parts.add(e.getDetail());
				parts.add(change(code("cases.suspect.status.", e.getStatusFrom()),
						code("cases.suspect.status.", e.getStatusTo()), locale));
			}
			case PARTICULAR_ADDED -> {
				parts.add(label(code("cases.particular.kind.", e.getParticularKind()), locale));
				parts.add(e.getDetail());
			}
			case CLOCK_PAUSED, CLOCK_RESUMED -> {
				parts.add(label(code("cases.pause.", e.getPauseReason()), locale));
				parts.add(String.valueOf(e.getDay()));
			}
			case MEDIATION_FAILED, OFFENCE_DATE -> parts.add(String.valueOf(e.getDay()));
			default -> parts.add(e.getDetail());
		}
		String text = String.join(zh(locale) ? "：" : ": ", parts.stream().filter(p -> !p.isBlank()).toList());
		if (e.isImported()) {
			text += (zh(locale) ? "" : " ") + label("cases.event.imported", "(import)", locale);
		}
		return text;
	}

	private String change(@Nullable String fromKey, @Nullable String toKey, Locale locale) {
		return (fromKey == null) ? label(toKey, locale) : label(fromKey, locale) + ARROW + label(toKey, locale);
	}

	private static @Nullable String code(String prefix, @Nullable Enum<?> value) {
		return (value != null) ? prefix + value.name() : null;
	}

	private String label(@Nullable String key, Locale locale) {
		return (key != null) ? label(key, key.substring(key.lastIndexOf('.') + 1), locale) : "";
	}

	private String label(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

	private static boolean zh(Locale locale) {
		return locale.getLanguage().equals("zh");
	}

}
