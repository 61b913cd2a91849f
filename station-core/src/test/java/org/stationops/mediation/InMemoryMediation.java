package org.stationops.mediation;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stationops.shared.AbstractEntity;
import org.stationops.shared.Scope;
import org.stationops.stations.StationStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The mediation services over in-memory repositories, a recording {@link LinkedCases} and
 * a calendar with a public holiday, for plain unit tests.
 */
final class InMemoryMediation {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Wednesday 2026-09-30; 2026-10-01..07 are 国庆 holidays in {@link #calendar}. */
	static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

	final Store<Dispute> disputes = new Store<>();

	final Store<Party> parties = new Store<>();

	final Store<MediatorAssignment> mediators = new Store<>();

	final Store<MediationSession> sessions = new Store<>();

	final Store<FollowUp> followUps = new Store<>();

	final RecordingCases cases = new RecordingCases();

	final WorkingDayCalendar calendar = new HolidayCalendar(Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
			LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)));

	final MediationService mediation;

	final Clock clock;

	InMemoryMediation(LocalDate today) {
		this.clock = Clock.fixed(today.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
		this.mediation = new MediationService(disputeRepository(), partyRepository(), mediatorRepository(),
				sessionRepository(), followUpRepository(), this.cases, this.calendar, staff(), this.clock);
	}

	/**
	 * @return a registered dispute with two identified parties and a mediator.
	 */
	Dispute dispute(DisputeKind kind, LocalDate registeredOn) {
		DisputeDetails details = new DisputeDetails(kind, DisputeSource.INCIDENT, "NEIGHBOUR", "邻里纠纷", "", "", null, 2,
				RiskGrade.BLUE, false, "", null, kind == DisputeKind.POLICE ? 77L : null,
				kind == DisputeKind.POLICE ? "ASSAULT" : null, kind == DisputeKind.POLICE ? "TRIVIAL_MATTERS" : null,
				registeredOn);
		Dispute dispute = this.disputes
			.save(new Dispute(1L, "ML-T-" + (this.disputes.items.size() + 1), details, 5L, Instant.EPOCH));
		this.parties.save(new Party(dispute, new PartyDetails(PartyType.PERSON, PartyRole.APPLICANT, "王五",
				"13800000001", "11010519491231002X", "", "")));
		this.parties.save(new Party(dispute,
				new PartyDetails(PartyType.PERSON, PartyRole.RESPONDENT, "赵六", "", "440524188001010014", "", "")));
		this.mediators.save(new MediatorAssignment(dispute, 5L, null));
		return dispute;
	}

	static Agreement agreement(LocalDate on, LocalDate deadline) {
		return new Agreement(on, "因琐事发生口角并推搡", "双方均有过错", "赵六向王五赔礼道歉并赔偿医药费 500 元", null, "当场支付", deadline);
	}

	private DisputeRepository disputeRepository() {
		return new DisputeRepository() {
			public Dispute save(Dispute d) {
				return InMemoryMediation.this.disputes.save(d);
			}

			public Optional<Dispute> findById(Long id) {
				return InMemoryMediation.this.disputes.byId(id);
			}

			public Optional<Dispute> findFirstByIncidentIdOrderByIdDesc(Long incidentId) {
				return Optional.empty();
			}

			public Optional<Dispute> findByFileNumber(String fileNumber) {
				return Optional.empty();
			}

			public Page<Dispute> search(@Nullable Long stationId, @Nullable DisputeStatus status,
					@Nullable Long officerId, Pageable pageable) {
				throw new UnsupportedOperationException();
			}

			public List<Dispute> registeredBetween(@Nullable Long stationId, @Nullable Long areaId, LocalDate from,
					LocalDate to) {
				return InMemoryMediation.this.disputes.items;
			}

			public List<Dispute> openAssignedTo(Long officerId) {
				return List.of();
			}

			public long countByStationIdAndStatus(Long stationId, DisputeStatus status) {
				return 0;
			}

			public long countByStationId(Long stationId) {
				return InMemoryMediation.this.disputes.items.size();
			}
		};
	}

	private PartyRepository partyRepository() {
		return new PartyRepository() {
			public Party save(Party p) {
				return InMemoryMediation.this.parties.save(p);
			}

			public List<Party> findByDisputeIdOrderById(Long disputeId) {
				return InMemoryMediation.this.parties.where(p -> p.getDisputeId().equals(disputeId));
			}
		};
	}

	private MediatorAssignmentRepository mediatorRepository() {
		return new MediatorAssignmentRepository() {
			public MediatorAssignment save(MediatorAssignment m) {
				return InMemoryMediation.this.mediators.save(m);
			}

			public List<MediatorAssignment> findByDisputeIdOrderById(Long disputeId) {
				return InMemoryMediation.this.mediators.where(m -> m.getDisputeId().equals(disputeId));
			}
		};
	}

	private MediationSessionRepository sessionRepository() {
		return new MediationSessionRepository() {
			public MediationSession save(MediationSession s) {
				return InMemoryMediation.this.sessions.save(s);
			}

			public Optional<MediationSession> findById(Long id) {
				return InMemoryMediation.this.sessions.byId(id);
			}

			public List<MediationSession> findByDisputeIdOrderByHeldOnAscIdAsc(Long disputeId) {
				return InMemoryMediation.this.sessions.where(s -> s.getDisputeId().equals(disputeId))
					.stream()
					.sorted(Comparator.comparing(MediationSession::getHeldOn))
					.toList();
			}
		};
	}

	private FollowUpRepository followUpRepository() {
		return new FollowUpRepository() {
			public FollowUp save(FollowUp f) {
				return InMemoryMediation.this.followUps.save(f);
			}

			public Optional<FollowUp> findById(Long id) {
				return InMemoryMediation.this.followUps.byId(id);
			}

			public List<FollowUp> findByDisputeIdOrderByDueOnAscIdAsc(Long disputeId) {
				return InMemoryMediation.this.followUps.where(f -> f.getDisputeId().equals(disputeId));
			}

			public List<FollowUp> dueBy(@Nullable Long stationId, LocalDate day) {
				return InMemoryMediation.this.followUps.where(f -> !f.isDone() && !f.getDueOn().isAfter(day));
			}

			public List<FollowUp> ofDisputesRegisteredBetween(@Nullable Long stationId, @Nullable Long areaId,
					LocalDate from, LocalDate to) {
				return InMemoryMediation.this.followUps.items;
			}
		};
	}

	private static StationStaff staff() {
		return new StationStaff() {
			public List<StaffMember> activeAt(Long stationId) {
				return List.of(new StaffMember(5L, "张伟", "310001"));
			}

			public Map<Long, String> namesOf(Collection<Long> officerIds) {
				return officerIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> "张伟"));
			}
		};
	}

	static final class Store<T extends AbstractEntity> {

		final List<T> items = new ArrayList<>();

		T save(T item) {
			if (item.getId() == null) {
				try {
					Field id = AbstractEntity.class.getDeclaredField("id");
					id.setAccessible(true);
					id.set(item, (long) this.items.size() + 1);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
				this.items.add(item);
			}
			return item;
		}

		Optional<T> byId(Long id) {
			return this.items.stream().filter(i -> id.equals(i.getId())).findFirst();
		}

		List<T> where(java.util.function.Predicate<T> predicate) {
			return this.items.stream().filter(predicate).toList();
		}

	}

	/**
	 * Records what mediation told the linked case.
	 */
	static final class RecordingCases implements LinkedCases {

		final List<String> calls = new ArrayList<>();

		public Optional<LinkedCase> find(Scope scope, Long caseId) {
			return Optional.of(new LinkedCase(caseId, 1L, "ML-XZ-" + caseId, true, true, LocalDate.of(2026, 10, 8)));
		}

		public List<LinkedCase> mediable(Scope scope) {
			return List.of();
		}

		public void mediationStarted(Scope scope, Long caseId, LocalDate day) {
			this.calls.add("started " + caseId + " " + day);
		}

		public void mediationFailed(Scope scope, Long caseId, LocalDate day) {
			this.calls.add("failed " + caseId + " " + day);
		}

		public void agreementNotPerformed(Scope scope, Long caseId, LocalDate performanceDeadline) {
			this.calls.add("not performed " + caseId + " deadline " + performanceDeadline);
		}

		public void closeAfterMediation(Scope scope, Long caseId, LocalDate performedOn, String fileNumber,
				Long officerId, String officerName) {
			this.calls.add("closed " + caseId + " " + performedOn + " by " + officerName);
		}

	}

	/**
	 * Monday to Friday except the listed holidays.
	 */
	record HolidayCalendar(Set<LocalDate> holidays) implements WorkingDayCalendar {

		public boolean isWorkingDay(LocalDate day) {
			return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !this.holidays.contains(day);
		}

		public LocalDate addWorkingDays(LocalDate start, int days) {
			LocalDate day = start;
			for (int added = 0; added < days;) {
				day = day.plusDays(1);
				if (isWorkingDay(day)) {
					added++;
				}
			}
			return day;
		}

	}

}
