package org.stationops.liaison;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The default contact and visit cadence for a kind of enterprise (reference data, seeded
 * by migration V50); a file may override it.
 */
@Entity
@Table(name = "liaison_kind_cadences")
public class KindCadence {

	@Id
	@Enumerated(EnumType.STRING)
	private EnterpriseKind kind = EnterpriseKind.COMPANY;

	private int contactDays = 14;

	private int visitDays = 30;

	protected KindCadence() {
	}

	public EnterpriseKind getKind() {
		return this.kind;
	}

	public int getContactDays() {
		return this.contactDays;
	}

	public int getVisitDays() {
		return this.visitDays;
	}

}
