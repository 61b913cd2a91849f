package org.stationops.incidents;

import java.util.List;
import java.util.Optional;

import org.stationops.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling guides per category. Editing is for supervisors (checked by the web layer).
 */
@Service
@Transactional(readOnly = true)
public class HandlingGuideService {

	private final HandlingGuideRepository guides;

	private final IncidentCategoryRepository categories;

	HandlingGuideService(HandlingGuideRepository guides, IncidentCategoryRepository categories) {
		this.guides = guides;
		this.categories = categories;
	}

	public List<HandlingGuide> all() {
		return this.guides.findAllByOrderByCategoryCode();
	}

	public Optional<HandlingGuide> forCategory(String categoryCode) {
		return this.guides.findByCategoryCode(categoryCode);
	}

	public HandlingGuide get(Long id) {
		return this.guides.findById(id).orElseThrow(() -> IncidentNotFoundException.forId("guide " + id));
	}

	/**
	 * Creates the guide of a category, or saves an edit of it.
	 * @param id the guide, or {@literal null} to create one.
	 * @param expectedVersion the version the editor started from (ignored when creating).
	 */
	@Transactional
	public HandlingGuide save(@org.jspecify.annotations.Nullable Long id, long expectedVersion, String categoryCode,
			String title, String note, List<HandlingGuide.Step> steps) {
		if (steps.isEmpty()) {
			throw RuleViolationException.onField("steps", "incidents.guide.stepsRequired");
		}
		HandlingGuide guide;
		if (id == null) {
			if (this.categories.findByCode(categoryCode).filter(c -> !c.isTopLevel()).isEmpty()) {
				throw RuleViolationException.onField("categoryCode", "incidents.category.subTypeRequired");
			}
			if (this.guides.findByCategoryCode(categoryCode).isPresent()) {
				throw RuleViolationException.onField("categoryCode", "incidents.guide.duplicate");
			}
			guide = new HandlingGuide(categoryCode);
		}
		else {
			guide = get(id);
			if (guide.getVersion() != expectedVersion) {
				throw new RuleViolationException("common.error.staleVersion");
			}
		}
		guide.update(title.trim(), note.trim(), steps);
		return this.guides.save(guide);
	}

}
