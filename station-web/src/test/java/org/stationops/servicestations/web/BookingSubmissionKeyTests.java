package org.stationops.servicestations.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stationops.servicestations.BookingService;
import org.stationops.servicestations.ServiceStation;
import org.stationops.servicestations.ServiceStationFilter;
import org.stationops.servicestations.ServiceStationService;
import org.stationops.servicestations.Slot;
import org.stationops.shared.Scope;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@StationWebTest
class BookingSubmissionKeyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ServiceStationService serviceStations;

	@Autowired
	BookingService bookings;

	@Test
	void doubleClickedBookingTakesOnePlaceAndShowsTheSameReference() {
		ServiceStation sunshine = this.serviceStations
			.search(Scope.bureau(), new ServiceStationFilter(null, null, null, "阳光乳业"), PageRequest.of(0, 1))
			.getContent()
			.get(0);
		Slot slot = this.bookings.slots(sunshine.getId())
			.stream()
			.filter(s -> s.remaining() >= 2)
			.reduce((a, b) -> b)
			.orElseThrow();
		String key = UUID.randomUUID().toString();
		String first = reference(book(sunshine, slot, key));
		String second = reference(book(sunshine, slot, key));
		assertThat(second).isEqualTo(first);
		Slot after = this.bookings.slots(sunshine.getId())
			.stream()
			.filter(s -> s.start().equals(slot.start()))
			.findFirst()
			.orElseThrow();
		assertThat(after.remaining()).isEqualTo(slot.remaining() - 1);
		assertThat(reference(book(sunshine, slot, UUID.randomUUID().toString()))).isNotEqualTo(first);
	}

	private MvcTestResult book(ServiceStation at, Slot slot, String key) {
		return this.mvc.post().uri("/book").with(csrf()).with(request -> {
			request.setRemoteAddr("10.9.1." + Math.abs(key.hashCode() % 200));
			return request;
		})
			.param("serviceStationId", String.valueOf(at.getId()))
			.param("service", "CONSULTATION")
			.param("slot", slot.start().toString())
			.param("name", "重复提交测试")
			.param("phone", "13907910077")
			.param("submissionKey", key)
			.exchange();
	}

	@SuppressWarnings("unchecked")
	private static String reference(MvcTestResult result) {
		assertThat(result).hasStatus3xxRedirection();
		return (String) ((Map<String, Object>) result.getMvcResult().getFlashMap().get("booked")).get("reference");
	}

}
