package org.stationops.incidents;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A category of the two-level taxonomy (e.g. {@code CRIMINAL} and its sub-type
 * {@code CRIMINAL.THEFT}). Reference data seeded by migration; codes are stable.
 */
@Entity
@Table(name = "incident_categories")
public class IncidentCategory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code = "";

	private @Nullable String parentCode;

	private String nameZh = "";

	private String nameEn = "";

	private boolean preventable;

	private int sortOrder;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private IncidentPriority priority = IncidentPriority.NORMAL;

	protected IncidentCategory() {
	}

	public IncidentCategory(String code, @Nullable String parentCode, String nameZh, String nameEn,
			boolean preventable) {
		this.code = code;
		this.parentCode = parentCode;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.preventable = preventable;
	}

	/**
	 * @param language a language tag; anything starting with {@code en} gives English.
	 * @return the category's name in that language.
	 */
	public String name(String language) {
		return language.startsWith("en") ? this.nameEn : this.nameZh;
	}

	/**
	 * @return the priority an incident of this category takes unless an officer overrides
	 * it.
	 */
	public IncidentPriority getPriority() {
		return this.priority;
	}

	public boolean isTopLevel() {
		return this.parentCode == null;
	}

	public String getCode() {
		return this.code;
	}

	public @Nullable String getParentCode() {
		return this.parentCode;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	/**
	 * @return whether incidents of this category count as 可防性 (robbery, snatching,
	 * theft).
	 */
	public boolean isPreventable() {
		return this.preventable;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
