package org.stationops.mediation;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the 治安调解 rules held as data: an offence type that may be mediated, a
 * circumstance that allows it (公安机关办理行政案件程序规定 第178条) or an exclusion (第179条), with the
 * article it comes from.
 */
@Entity
@Table(name = "police_mediation_rules")
public class PoliceMediationRule {

	@Id
	private String code = "";

	@Enumerated(EnumType.STRING)
	private RuleKind kind = RuleKind.OFFENCE;

	private String nameZh = "";

	private String nameEn = "";

	private String article = "";

	private int sortOrder;

	protected PoliceMediationRule() {
	}

	public PoliceMediationRule(String code, RuleKind kind, String nameZh, String nameEn, String article) {
		this.code = code;
		this.kind = kind;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.article = article;
	}

	public String getCode() {
		return this.code;
	}

	public RuleKind getKind() {
		return this.kind;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getArticle() {
		return this.article;
	}

	/**
	 * The article as a message key and its numbers, so that pages cite it in the reader's
	 * language: {@code 程序规定第178条第1款第3项} is key {@code mediation.article.item} with 178,
	 * 1, 3.
	 */
	public Citation citation() {
		java.util.regex.Matcher m = CITATION.matcher(this.article);
		if (!m.find()) {
			return new Citation("mediation.article.text", this.article, "", "");
		}
		String key;
		if (m.group(3) != null) {
			key = (m.group(2) != null) ? "mediation.article.item" : "mediation.article.articleItem";
		}
		else {
			key = (m.group(2) != null) ? "mediation.article.paragraph" : "mediation.article.plain";
		}
		return new Citation(key, m.group(1), java.util.Objects.requireNonNullElse(m.group(2), ""),
				java.util.Objects.requireNonNullElse(m.group(3), ""));
	}

	private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern
		.compile("第(\\d+)条(?:第(\\d+)款)?(?:第(\\d+)项)?");

	/**
	 * @param key the message key; its arguments are article, paragraph and item.
	 */
	public record Citation(String key, String article, String paragraph, String item) {
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
