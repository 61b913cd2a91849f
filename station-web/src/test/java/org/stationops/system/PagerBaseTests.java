package org.stationops.system;

import org.junit.jupiter.api.Test;
import org.stationops.officers.OfficerService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class PagerBaseTests {

	private final LanguageSwitchInterceptor interceptor = new LanguageSwitchInterceptor(mock(OfficerService.class));

	@Test
	void everyListPagesThroughTheSharedPagerThatKeepsItsFilters() throws java.io.IOException {
		java.nio.file.Path templates = java.nio.file.Path.of("src/main/resources/templates");
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(templates)) {
			assertThat(files.filter((file) -> file.toString().endsWith(".html"))
				.filter((file) -> !file.endsWith(java.nio.file.Path.of("fragments", "pager.html")))
				.filter((file) -> read(file).contains("page.number"))
				.map(java.nio.file.Path::toString)).isEmpty();
		}
	}

	private static String read(java.nio.file.Path file) {
		try {
			return java.nio.file.Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void givesListsTheirAddressWithFiltersButWithoutPageOrLanguage() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/liaison/tickets");
		request.setQueryString("status=OPEN&page=2&lang=en");
		ModelAndView view = new ModelAndView("liaison/tickets");

		this.interceptor.postHandle(request, new MockHttpServletResponse(), new Object(), view);

		assertThat(view.getModel()).containsEntry("pagerBase", "/liaison/tickets?status=OPEN")
			.containsEntry("languageSwitchBase", "/liaison/tickets?status=OPEN&page=2");
	}

}
