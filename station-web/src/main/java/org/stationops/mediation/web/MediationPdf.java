package org.stationops.mediation.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a mediation document (agreement, record) from a Thymeleaf template to a PDF
 * with an embedded Chinese font.
 */
@Component
class MediationPdf {

	static final String FONT_FAMILY = "WenQuanYi Zen Hei";

	private final ITemplateEngine templates;

	private final File font;

	MediationPdf(ITemplateEngine templates,
			@org.springframework.beans.factory.annotation.Value("${stationops.pdf-font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") String font) {
		this.templates = templates;
		this.font = new File(font);
	}

	byte[] render(String template, Map<String, Object> variables) {
		String html = this.templates.process(template, new Context(Locale.SIMPLIFIED_CHINESE, variables));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(this.font, FONT_FAMILY);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
