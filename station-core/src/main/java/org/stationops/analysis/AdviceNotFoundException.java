package org.stationops.analysis;

import org.stationops.shared.NotFoundException;

/**
 * No prevention advice with that id in the reader's scope.
 */
public class AdviceNotFoundException extends NotFoundException {

	AdviceNotFoundException(Long id) {
		super("prevention advice " + id);
	}

	static AdviceNotFoundException forId(Long id) {
		return new AdviceNotFoundException(id);
	}

}
