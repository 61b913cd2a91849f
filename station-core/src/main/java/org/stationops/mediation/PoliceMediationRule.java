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

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
