package org.stationops.incidents.web;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import org.stationops.incidents.Incident;
import org.stationops.incidents.IncidentService;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Import from the 110 system: {@code POST /api/v1/incidents} registers an incident and
 * answers 201 with its receipt number; {@code GET /api/v1/incidents/{id}} reads one back.
 * Errors are RFC 9457 problem details ({@link IncidentApiErrors}).
 */
@RestController
@RequestMapping("/api")
class IncidentApiController {

	private final IncidentService incidents;

	private final IncidentImports imports;

	IncidentApiController(IncidentService incidents, IncidentImports imports) {
		this.incidents = incidents;
		this.imports = imports;
	}

	@PostMapping(path = "/v1/incidents", consumes = "application/json")
	@PreAuthorize(IncidentController.WRITERS)
	ResponseEntity<IncidentResponse> create(@AuthenticationPrincipal OfficerPrincipal me,
			@Valid @RequestBody IncidentApiRequest request) {
		Long stationId = this.imports.stationFor(me, request.stationCode());
		Incident incident = this.incidents.register(me.scope(), stationId, this.imports.details(me, stationId, request),
				null, IncidentImports.blankToNull(request.externalRef()), me.username());
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.getId()))
			.body(IncidentResponse.of(incident));
	}

	@GetMapping("/v1/incidents/{id}")
	IncidentResponse show(@AuthenticationPrincipal OfficerPrincipal me, @PathVariable Long id) {
		return IncidentResponse.of(this.incidents.get(me.scope(), id));
	}

	/**
	 * What the API answers about an incident: no personal data of the reporter.
	 */
	record IncidentResponse(Long id, String receiptNumber, String queryCode, String externalRef, Instant receivedAt,
			String categoryCode, String status, String location) {

		static IncidentResponse of(Incident incident) {
			return new IncidentResponse(incident.getId(), incident.getReceiptNumber(), incident.getQueryCode(),
					(incident.getExternalRef() != null) ? incident.getExternalRef() : "", incident.getReceivedAt(),
					incident.getCategoryCode(), incident.getStatus().name(), incident.getLocation());
		}

	}

}
