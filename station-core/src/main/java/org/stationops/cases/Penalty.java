package org.stationops.cases;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The penalty a punishment decision (处罚决定) imposes: 警告, 罚款 (amount in 元), 行政拘留 (days),
 * 吊销许可证件, 责令停业整顿 (2025 law only), alone or combined.
 */
@Embeddable
public record Penalty(@Column(name = "penalty_warning") boolean warning,
		@Column(name = "penalty_fine") @Nullable BigDecimal fine,
		@Column(name = "penalty_detention_days") @Nullable Integer detentionDays,
		@Column(name = "penalty_licence_revoked") boolean licenceRevoked,
		@Column(name = "penalty_business_suspended") boolean businessSuspended) {

	/** No penalty (every decision but a punishment). */
	public static final Penalty NONE = new Penalty(false, null, null, false, false);

	/** 行政拘留: at most 20 days when several are executed together (治安管理处罚法 第16条). */
	public static final int MAX_DETENTION_DAYS = 20;

	public boolean isEmpty() {
		return !this.warning && this.fine == null && this.detentionDays == null && !this.licenceRevoked
				&& !this.businessSuspended;
	}

	public boolean hasFine() {
		return this.fine != null;
	}

	public boolean hasDetention() {
		return this.detentionDays != null;
	}

}
