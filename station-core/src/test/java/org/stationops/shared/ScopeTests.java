package org.stationops.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeTests {

	@Test
	void stationScopeReachesOnlyItsOwnStation() {
		Scope scope = Scope.station(1L);
		assertThat(scope.allows(1L)).isTrue();
		assertThat(scope.allows(2L)).isFalse();
		assertThat(scope.allows(null)).isFalse();
		assertThat(scope.stationFilter()).contains(1L);
	}

	@Test
	void bureauScopeReachesEveryStation() {
		assertThat(Scope.bureau().allows(2L)).isTrue();
		assertThat(Scope.bureau().stationFilter()).isEmpty();
	}

}
