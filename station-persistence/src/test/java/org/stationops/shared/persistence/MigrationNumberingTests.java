package org.stationops.shared.persistence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration numbering scheme of docs/architecture.md: one global sequence, each
 * version used once, names {@code V{n}__{feature}_{verb}_{object}.sql}, and from V72 on
 * no gaps (a new migration takes the next free number).
 */
class MigrationNumberingTests {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z0-9]+(?:_[a-z0-9]+)+)\\.sql");

	private static final int FIRST_SEQUENTIAL = 72;

	@Test
	void versionsAreUniqueNamedByFeatureAndWithoutGapsFromV72() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql");
		List<Integer> versions = new ArrayList<>();
		for (Resource file : files) {
			Matcher name = NAME.matcher(file.getFilename());
			assertThat(name.matches()).as("migration file name %s", file.getFilename()).isTrue();
			versions.add(Integer.parseInt(name.group(1)));
		}
		assertThat(versions).isNotEmpty().doesNotHaveDuplicates();
		int highest = versions.stream().mapToInt(Integer::intValue).max().orElseThrow();
		for (int version = FIRST_SEQUENTIAL; version <= highest; version++) {
			assertThat(versions).as("V%d is missing: new migrations take the next free number", version)
				.contains(version);
		}
	}

}
