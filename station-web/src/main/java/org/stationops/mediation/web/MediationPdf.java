package org.stationops.mediation.web;

import java.util.Map;

import org.stationops.shared.web.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a mediation document (agreement, record) from a Thymeleaf template to a PDF
 * with an embedded Chinese font, through the shared {@link PdfRenderer}.
 */
@Component
class MediationPdf {

	static final String FONT_FAMILY = PdfRenderer.FONT_FAMILY;

	private final PdfRenderer pdf;

	MediationPdf(PdfRenderer pdf) {
		this.pdf = pdf;
	}

	byte[] render(String template, Map<String, Object> variables) {
		return this.pdf.render(template, variables);
	}

}
