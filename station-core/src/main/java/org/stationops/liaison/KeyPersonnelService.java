package org.stationops.liaison;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.stationops.shared.ResidentIdNumbers;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Further key personnel of an enterprise; additions and removals go into the file's
 * change history (with ID numbers masked).
 */
@Service
@Transactional(readOnly = true)
public class KeyPersonnelService {

	private final EnterprisePersonRepository people;

	private final EnterpriseChangeRepository changes;

	private final EnterpriseService enterprises;

	private final Clock clock;

	KeyPersonnelService(EnterprisePersonRepository people, EnterpriseChangeRepository changes,
			EnterpriseService enterprises, Clock clock) {
		this.people = people;
		this.changes = changes;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	public List<EnterprisePerson> people(Scope scope, Long enterpriseId) {
		this.enterprises.get(scope, enterpriseId);
		return this.people.findByEnterpriseIdOrderById(enterpriseId);
	}

	@Transactional
	public EnterprisePerson add(Scope scope, Long enterpriseId, String role, String name, String idNumber, String phone,
			String username) {
		Enterprise enterprise = this.enterprises.get(scope, enterpriseId);
		String id = idNumber.trim().toUpperCase(Locale.ROOT);
		if (!id.isEmpty() && !ResidentIdNumbers.isValid(id)) {
			throw RuleViolationException.onField("idNumber", "validation.residentId");
		}
		EnterprisePerson person = this.people.save(new EnterprisePerson(enterprise.getStationId(), enterpriseId,
				role.trim(), name.trim(), id, phone.trim()));
		this.changes.save(new EnterpriseChange(enterprise.getStationId(), enterpriseId, username, this.clock.instant(),
				"keyPersonnel: + " + person.summary()));
		return person;
	}

	@Transactional
	public void remove(Scope scope, Long enterpriseId, Long personId, String username) {
		EnterprisePerson person = this.people.findInScope(personId, scope)
			.filter(p -> p.getEnterpriseId().equals(enterpriseId))
			.orElseThrow(() -> LiaisonNotFoundException.forId("person", personId));
		this.people.delete(person);
		this.changes.save(new EnterpriseChange(person.getStationId(), enterpriseId, username, this.clock.instant(),
				"keyPersonnel: − " + person.summary()));
	}

}
