package org.stationops.search.web;

import java.util.ArrayList;
import java.util.List;

import org.stationops.cases.CaseService;
import org.stationops.incidents.IncidentService;
import org.stationops.mediation.DisputeService;
import org.stationops.shared.Masking;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.ReadOnlyPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /search?q=}: one hit opens its record, several are listed, none offers the
 * incident text search.
 */
@Controller
class SearchController {

	private final IncidentService incidents;

	private final CaseService cases;

	private final DisputeService disputes;

	SearchController(IncidentService incidents, CaseService cases, DisputeService disputes) {
		this.incidents = incidents;
		this.cases = cases;
		this.disputes = disputes;
	}

	@ReadOnlyPage
	@GetMapping("/search")
	String search(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "") String q,
			Model model) {
		String text = (q.length() > 100) ? q.substring(0, 100).strip() : q.strip();
		List<Hit> hits = new ArrayList<>();
		if (!text.isEmpty()) {
			this.incidents.findByReference(me.scope(), text)
				.forEach(i -> hits.add(new Hit("search.kind.incident", i.getReceiptNumber(),
						i.getLocation() + " · " + Masking.phone(i.getReporterPhone()), "/incidents/" + i.getId())));
			this.cases.findByNumber(me.scope(), text)
				.forEach(c -> hits
					.add(new Hit("search.kind.case", c.getCaseNumber(), c.getTitle(), "/cases/" + c.getId())));
			this.disputes.findByFileNumber(me.scope(), text)
				.ifPresent(d -> hits
					.add(new Hit("search.kind.dispute", d.getFileNumber(), d.getTitle(), "/mediation/" + d.getId())));
		}
		if (hits.size() == 1) {
			return "redirect:" + hits.get(0).url();
		}
		model.addAttribute("q", text);
		model.addAttribute("hits", hits);
		model.addAttribute("textSearch",
				UriComponentsBuilder.fromPath("/incidents").queryParam("q", text).build().toUriString());
		return "search/results";
	}

	/**
	 * One record found: what kind it is (a message key), its number, a line about it, and
	 * where it is.
	 */
	record Hit(String kind, String reference, String summary, String url) {
	}

}
