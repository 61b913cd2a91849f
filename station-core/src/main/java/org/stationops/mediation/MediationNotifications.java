package org.stationops.mediation;

import java.time.Clock;
import java.util.List;

import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notices to the station's supervisors, e.g. when a dispute is escalated.
 */
@Service
@Transactional(readOnly = true)
public class MediationNotifications {

	private final MediationNotificationRepository notifications;

	private final OfficerService officers;

	private final Clock clock;

	MediationNotifications(MediationNotificationRepository notifications, OfficerService officers, Clock clock) {
		this.notifications = notifications;
		this.officers = officers;
		this.clock = clock;
	}

	@Transactional
	void escalated(Dispute dispute) {
		String message = dispute.getFileNumber() + " " + dispute.getTitle() + ": " + dispute.getEscalationReason();
		for (Officer officer : this.officers.activeAt(dispute.getStationId())) {
			if (officer.hasRole(Role.SUPERVISOR)) {
				this.notifications
					.save(new MediationNotification(dispute, officer.getId(), message, this.clock.instant()));
			}
		}
	}

	public List<MediationNotification> forRecipient(Long officerId) {
		return this.notifications.findTop50ByRecipientIdOrderByCreatedAtDesc(officerId);
	}

	public long unreadCount(Long officerId) {
		return this.notifications.countByRecipientIdAndReadAtIsNull(officerId);
	}

	@Transactional
	public void markRead(Long officerId, Long notificationId) {
		this.notifications.findById(notificationId)
			.filter(n -> n.getRecipientId().equals(officerId) && !n.isRead())
			.ifPresent(n -> {
				n.markRead(this.clock.instant());
				this.notifications.save(n);
			});
	}

}
