package org.stationops.liaison;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * One of the ten features of the fraud-company checklist, with its weight. Labels come
 * from the message bundles ({@code liaison.feature.<code>}).
 */
@Entity
@Table(name = "screening_features")
public class ScreeningFeature extends AbstractEntity {

	private String code = "";

	private int position;

	private int weight;

	protected ScreeningFeature() {
	}

	public ScreeningFeature(String code, int position, int weight) {
		this.code = code;
		this.position = position;
		this.weight = weight;
	}

	void changeWeight(int weight) {
		this.weight = weight;
	}

	public String getCode() {
		return this.code;
	}

	public int getPosition() {
		return this.position;
	}

	public int getWeight() {
		return this.weight;
	}

}
