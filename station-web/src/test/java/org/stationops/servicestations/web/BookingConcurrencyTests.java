package org.stationops.servicestations.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.stationops.servicestations.Appointment;
import org.stationops.servicestations.BookableService;
import org.stationops.servicestations.BookingRequest;
import org.stationops.servicestations.BookingService;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationFilter;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.servicestations.Slot;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@StationWebTest
class BookingConcurrencyTests {

	@Autowired
	BookingService bookings;

	@Autowired
	ServiceStationService serviceStations;

	@Test
	void twoResidentsBookingTheLastPlaceAtOnceGetOneBookingAndOneClearRefusal() throws Exception {
		ServiceStation jianglian = this.serviceStations
			.search(Scope.bureau(), new ServiceStationFilter(null, null, null, "江联小区"), PageRequest.of(0, 1))
			.getContent()
			.get(0);
		Slot slot = this.bookings.slots(jianglian.getId())
			.stream()
			.filter(s -> s.remaining() == 1)
			.reduce((first, second) -> second)
			.orElseThrow();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Object>> results = new ArrayList<>();
		try {
			for (String phone : List.of("13907911111", "13907912222")) {
				Callable<Object> booking = () -> {
					start.await();
					try {
						return this.bookings.book(new BookingRequest(jianglian.getId(), BookableService.CONSULTATION,
								slot.start(), "同时预约", phone, ""));
					}
					catch (RuleViolationException ex) {
						return ex;
					}
				};
				results.add(pool.submit(booking));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).filteredOn(Appointment.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(RuleViolationException.class::isInstance)
				.singleElement()
				.satisfies(ex -> assertThat(((RuleViolationException) ex).getCode())
					.isEqualTo("servicestations.booking.full"));
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.bookings.slots(jianglian.getId())).filteredOn(s -> s.start().equals(slot.start()))
			.singleElement()
			.satisfies(s -> assertThat(s.remaining()).isZero());
	}

}
