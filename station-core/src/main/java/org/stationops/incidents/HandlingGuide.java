package org.stationops.incidents;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;

/**
 * A handling guide (处警流程指引) for one category: a short decision path of "if this, then do
 * that" steps. Bureau-wide reference data, edited by supervisors.
 */
@Entity
@Table(name = "handling_guides")
public class HandlingGuide extends AbstractEntity {

	private String categoryCode = "";

	private String title = "";

	private String note = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "handling_guide_steps", joinColumns = @JoinColumn(name = "guide_id"))
	@OrderColumn(name = "position")
	private List<Step> steps = new ArrayList<>();

	protected HandlingGuide() {
	}

	HandlingGuide(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	void update(String title, String note, List<Step> steps) {
		this.title = title;
		this.note = note;
		this.steps.clear();
		this.steps.addAll(steps);
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public String getTitle() {
		return this.title;
	}

	public String getNote() {
		return this.note;
	}

	public List<Step> getSteps() {
		return List.copyOf(this.steps);
	}

	/**
	 * One branch of the decision path.
	 */
	@Embeddable
	public record Step(String condition, String action) {

		/**
		 * @return the step as the incident records it: "condition → action".
		 */
		public String asText() {
			return this.condition + " → " + this.action;
		}

	}

}
