package org.stationops.analysis.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationops.analysis.DailyBriefService;
import org.stationops.shared.web.PdfRenderer;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Generates yesterday's daily brief for every station each morning at
 * {@code stationops.analysis.daily-brief-cron} (station time, default 06:30), so
 * supervisors find it waiting. Every node runs the job; the store's cluster-wide lock and
 * the one-brief-per-station-and-day key let exactly one of them generate.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyBriefJob {

	private static final Logger logger = LoggerFactory.getLogger(DailyBriefJob.class);

	private final DailyBriefService briefs;

	private final PdfRenderer pdf;

	private final Clock clock;

	DailyBriefJob(DailyBriefService briefs, PdfRenderer pdf, Clock clock) {
		this.briefs = briefs;
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * @return how many briefs this node generated.
	 */
	@Scheduled(cron = "${stationops.analysis.daily-brief-cron:0 30 6 * * *}", zone = "Asia/Shanghai")
	int generate() {
		LocalDate yesterday = LocalDate.now(this.clock).minusDays(1);
		int stored = this.briefs.generate(yesterday, this.clock.instant(),
				brief -> this.pdf.render("analysis/pdf", Map.of("report", brief)));
		if (stored > 0) {
			logger.info("Generated {} daily briefs for {}", stored, yesterday);
		}
		return stored;
	}

}
