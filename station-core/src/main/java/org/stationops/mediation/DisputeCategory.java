package org.stationops.mediation;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A dispute category (reference data): neighbour, family, rental, wages, consumer,
 * property management, traffic, commercial, crew/maritime, other.
 */
@Entity
@Table(name = "mediation_categories")
public class DisputeCategory {

	@Id
	private String code = "";

	private String nameZh = "";

	private String nameEn = "";

	private int sortOrder;

	protected DisputeCategory() {
	}

	public String getCode() {
		return this.code;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
