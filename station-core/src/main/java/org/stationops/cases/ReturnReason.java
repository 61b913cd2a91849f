package org.stationops.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * Reference data: why a supervisor returns a decision.
 */
@Entity
@Table(name = "case_return_reasons")
public class ReturnReason extends AbstractEntity {

	private String code = "";

	private String nameZh = "";

	private String nameEn = "";

	protected ReturnReason() {
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

	public String name(String language) {
		return "en".equals(language) ? this.nameEn : this.nameZh;
	}

}
