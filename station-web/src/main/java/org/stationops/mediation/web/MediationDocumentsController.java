package org.stationops.mediation.web;

import java.util.HashMap;
import java.util.Map;

import org.stationops.mediation.DisputeFile;
import org.stationops.mediation.DisputeFiles;
import org.stationops.mediation.DisputeService;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The printable documents of a dispute file: the agreement (治安调解协议书 / 人民调解协议书) and the
 * mediation record (调解笔录). They carry the parties' full particulars, so each download is
 * logged as a full view.
 */
@Controller
@RequestMapping("/mediation/{id}")
class MediationDocumentsController {

	private final DisputeService disputes;

	private final DisputeFiles files;

	private final StationService stations;

	private final MediationPdf pdf;

	private final DisputePage page;

	MediationDocumentsController(DisputeService disputes, DisputeFiles files, StationService stations, MediationPdf pdf,
			DisputePage page) {
		this.disputes = disputes;
		this.files = files;
		this.stations = stations;
		this.pdf = pdf;
		this.page = page;
	}

	@GetMapping("/agreement.pdf")
	ResponseEntity<byte[]> agreement(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id) {
		DisputeFile file = this.files.file(me.scope(), id);
		if (!file.dispute().hasAgreement()) {
			return ResponseEntity.notFound().build();
		}
		return document(me, file, "mediation/pdf/agreement", "agreement");
	}

	@GetMapping("/record.pdf")
	ResponseEntity<byte[]> record(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id) {
		DisputeFile file = this.files.file(me.scope(), id);
		if (file.sessions().isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return document(me, file, "mediation/pdf/record", "record");
	}

	private ResponseEntity<byte[]> document(OfficerPrincipal me, DisputeFile file, String template, String name) {
		Long id = file.dispute().getId();
		Map<String, Object> variables = new HashMap<>();
		variables.put("file", file);
		variables.put("d", file.dispute());
		variables.put("parties", this.disputes.partiesInFull(me.scope(), id, me.username()));
		variables.put("station", this.stations.get(me.scope(), file.dispute().getStationId()));
		variables.put("category", this.page.categoryMap().get(file.dispute().getCategoryCode()));
		variables.put("rules", this.page.ruleMap());
		variables.put("caseReference", (file.linkedCase() != null) ? file.linkedCase().reference()
				: String.valueOf(file.dispute().getCaseId()));
		byte[] body = this.pdf.render(template, variables);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(file.dispute().getFileNumber() + "-" + name + ".pdf")
						.build()
						.toString())
			.body(body);
	}

}
