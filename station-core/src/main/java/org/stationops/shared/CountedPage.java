package org.stationops.shared;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose total was counted only up to a bound: past the bound the list
 * says "more than {@link #getCountBound()}" instead of paying for an exact count, and the
 * total is only large enough for the page to know whether a next page follows.
 *
 * @param <T> the row type.
 */
public class CountedPage<T> extends PageImpl<T> {

	private final long countBound;

	/**
	 * @param total the rows counted, at most the bound plus one, or the page's end plus
	 * one when that is larger.
	 * @param countBound up to this many rows the count is exact.
	 */
	public CountedPage(List<T> content, Pageable pageable, long total, long countBound) {
		super(content, pageable, total);
		this.countBound = countBound;
	}

	/**
	 * @return how many rows to count at most for a page: one past the bound or one past
	 * the page's end, whichever is larger, so that the page knows whether a next page
	 * follows.
	 */
	public static long countLimit(Pageable pageable, long countBound) {
		return Math.max(countBound, pageable.getOffset() + pageable.getPageSize()) + 1;
	}

	/**
	 * @return whether {@link #getTotalElements()} is the exact number of rows.
	 */
	public boolean isCountExact() {
		return getTotalElements() <= this.countBound;
	}

	public long getCountBound() {
		return this.countBound;
	}

}
