package org.stationops.consultations.persistence;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.stationops.consultations.Channel;
import org.stationops.consultations.Consultation;
import org.stationops.consultations.ConsultationRepository;
import org.stationops.consultations.MonthlyCount;
import org.stationops.consultations.Topic;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface JpaConsultationRepository extends ConsultationRepository, Repository<Consultation, Long> {

	@Override
	@Query(value = """
			select c from Consultation c
			where (:stationId is null or c.stationId = :stationId)
			  and (:channel is null or c.channel = :channel)
			  and (:topic is null or c.topic = :topic)
			  and (:unansweredOnly = false or c.answeredAt is null)
			order by c.receivedAt desc, c.id desc""", countQuery = """
			select count(c) from Consultation c
			where (:stationId is null or c.stationId = :stationId)
			  and (:channel is null or c.channel = :channel)
			  and (:topic is null or c.topic = :topic)
			  and (:unansweredOnly = false or c.answeredAt is null)""")
	Page<Consultation> list(@Param("stationId") @Nullable Long stationId, @Param("channel") @Nullable Channel channel,
			@Param("topic") @Nullable Topic topic, @Param("unansweredOnly") boolean unansweredOnly, Pageable pageable);

	@Override
	default List<MonthlyCount> countsBetween(@Nullable Long stationId, Instant from, Instant to) {
		return countRows(stationId, from, to).stream()
			.map(r -> new MonthlyCount(Channel.valueOf((String) r[0]), Topic.valueOf((String) r[1]),
					((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
					((Number) r[5]).doubleValue()))
			.toList();
	}

	@Query(nativeQuery = true, value = """
			select channel, topic, count(*), count(answered_at), count(incident_id),
			       coalesce(avg(extract(epoch from answered_at - received_at) / 60), 0)
			from consultations
			where (cast(:stationId as bigint) is null or station_id = :stationId)
			  and received_at >= :from and received_at < :to
			group by channel, topic
			order by channel, topic""")
	List<Object[]> countRows(@Param("stationId") @Nullable Long stationId, @Param("from") Instant from,
			@Param("to") Instant to);

}
