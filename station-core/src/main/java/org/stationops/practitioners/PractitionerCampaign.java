package org.stationops.practitioners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.StationScoped;

/**
 * A practitioner screening campaign (从业人员排查行动) over chosen trades. Its verbs check their
 * own preconditions: a practitioner is checked once, only within the campaign's window
 * and trades; a concern needs its follow-up; the campaign closes only when every concern
 * has been followed up.
 */
@Entity
@Table(name = "practitioner_campaigns")
public class PractitionerCampaign extends AbstractEntity implements StationScoped {

	private Long stationId = 0L;

	private String name = "";

	private LocalDate startsOn = LocalDate.EPOCH;

	private LocalDate endsOn = LocalDate.EPOCH;

	private boolean closed;

	@ElementCollection
	@CollectionTable(name = "practitioner_campaign_trades", joinColumns = @JoinColumn(name = "campaign_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "trade")
	private Set<Trade> trades = EnumSet.noneOf(Trade.class);

	@ElementCollection
	@CollectionTable(name = "practitioner_checks", joinColumns = @JoinColumn(name = "campaign_id"))
	@OrderColumn(name = "position")
	private List<PractitionerCheck> checks = new ArrayList<>();

	protected PractitionerCampaign() {
	}

	PractitionerCampaign(Long stationId, String name, LocalDate startsOn, LocalDate endsOn, Set<Trade> trades) {
		if (name.isBlank()) {
			throw RuleViolationException.onField("name", "practitioners.campaign.nameRequired");
		}
		if (endsOn.isBefore(startsOn)) {
			throw RuleViolationException.onField("endsOn", "practitioners.campaign.endBeforeStart");
		}
		if (trades.isEmpty()) {
			throw RuleViolationException.onField("trades", "practitioners.campaign.tradesRequired");
		}
		this.stationId = stationId;
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.trades = EnumSet.copyOf(trades);
	}

	void check(Practitioner practitioner, LocalDate on, String by, Finding finding, String concern, String followUp,
			LocalDate today) {
		if (this.closed) {
			throw new RuleViolationException("practitioners.campaign.closed");
		}
		if (!practitioner.getStationId().equals(this.stationId) || !this.trades.contains(practitioner.getTrade())) {
			throw new RuleViolationException("practitioners.check.notTargeted");
		}
		if (this.checks.stream().anyMatch(c -> c.getPractitionerId().equals(practitioner.getId()))) {
			throw new RuleViolationException("practitioners.check.already");
		}
		if (on.isAfter(today)) {
			throw RuleViolationException.onField("checkedOn", "practitioners.date.future");
		}
		if (on.isBefore(this.startsOn) || on.isAfter(this.endsOn)) {
			throw RuleViolationException.onField("checkedOn", "practitioners.check.outsideWindow");
		}
		if (finding.isConcern() && (concern.isBlank() || followUp.isBlank())) {
			throw RuleViolationException.onField("concern", "practitioners.check.concernNeedsFollowUp");
		}
		this.checks
			.add(new PractitionerCheck(java.util.Objects.requireNonNull(practitioner.getId()), practitioner.getTrade(),
					on, by, finding, finding.isConcern() ? concern : "", finding.isConcern() ? followUp : ""));
	}

	void followUpDone(int index, LocalDate on, String outcome, LocalDate today) {
		if (index < 0 || index >= this.checks.size() || !this.checks.get(index).isFollowUpOpen()) {
			throw new RuleViolationException("practitioners.followUp.notOpen");
		}
		if (outcome.isBlank()) {
			throw new RuleViolationException("practitioners.followUp.outcomeRequired");
		}
		if (on.isAfter(today) || on.isBefore(this.checks.get(index).getCheckedOn())) {
			throw new RuleViolationException("practitioners.followUp.date");
		}
		this.checks.get(index).followedUp(on, outcome);
	}

	void close() {
		if (this.closed) {
			throw new RuleViolationException("practitioners.campaign.closed");
		}
		if (this.checks.stream().anyMatch(PractitionerCheck::isFollowUpOpen)) {
			throw new RuleViolationException("practitioners.campaign.openFollowUps");
		}
		this.closed = true;
	}

	public long concerns() {
		return this.checks.stream().filter(c -> c.getFinding().isConcern()).count();
	}

	public long openFollowUps() {
		return this.checks.stream().filter(PractitionerCheck::isFollowUpOpen).count();
	}

	public Long getStationId() {
		return this.stationId;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public boolean isClosed() {
		return this.closed;
	}

	public Set<Trade> getTrades() {
		return this.trades.isEmpty() ? Set.of() : EnumSet.copyOf(this.trades);
	}

	public List<PractitionerCheck> getChecks() {
		return List.copyOf(this.checks);
	}

}
