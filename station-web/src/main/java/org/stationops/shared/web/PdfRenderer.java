package org.stationops.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a Chinese PDF with the CJK font embedded (the font file
 * is {@code stationops.pdf-font}; templates name it as {@value #FONT_FAMILY}). Shared by
 * every feature that prints: mediation documents, the analysis.
 */
@Component
public class PdfRenderer {

	public static final String FONT_FAMILY = "WenQuanYi Zen Hei";

	private final ITemplateEngine templates;

	private final File font;

	PdfRenderer(ITemplateEngine templates,
			@Value("${stationops.pdf-font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") String font) {
		this.templates = templates;
		this.font = new File(font);
	}

	/**
	 * @return the PDF of the template rendered in Chinese with the variables.
	 */
	public byte[] render(String template, Map<String, Object> variables) {
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
