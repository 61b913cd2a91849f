package org.stationops.system;

import org.junit.jupiter.api.Test;
import org.stationops.support.StationWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Two requests of one session at the same time (two tabs) each read the session, add the
 * same new attribute and save it: the second save must not fail on the attributes'
 * primary key (it did, with a 500, under the load benchmark).
 */
@StationWebTest
class SessionAttributeRaceTests {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void twoRequestsAddingTheSameAttributeToOneSessionBothSave() {
		race(this.sessions);
	}

	private static <S extends Session> void race(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		S firstTab = sessions.findById(created.getId());
		S secondTab = sessions.findById(created.getId());
		firstTab.setAttribute("org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN",
				"first");
		secondTab.setAttribute("org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN",
				"second");
		sessions.save(firstTab);
		assertThatNoException().as("the second tab's save").isThrownBy(() -> sessions.save(secondTab));
		S stored = sessions.findById(created.getId());
		assertThat(stored
			.<String>getAttribute("org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN"))
			.isEqualTo("second");
		sessions.deleteById(created.getId());
	}

}
