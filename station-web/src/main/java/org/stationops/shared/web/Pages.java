package org.stationops.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page a list shows for a {@code ?page=} parameter: negative numbers show the first
 * page, and numbers so large that the row offset would not fit an {@code int} (which the
 * JPA queries need) show an empty page past the end instead of failing.
 */
public final class Pages {

	private Pages() {
	}

	public static PageRequest of(int page, int size) {
		return of(page, size, Sort.unsorted());
	}

	public static PageRequest of(int page, int size, Sort sort) {
		int last = Integer.MAX_VALUE / size - 1;
		return PageRequest.of(Math.min(Math.max(page, 0), last), size, sort);
	}

}
