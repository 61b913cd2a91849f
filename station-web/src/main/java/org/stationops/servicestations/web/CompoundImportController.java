package org.stationops.servicestations.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;
import org.stationops.servicestations.CompoundImport;
import org.stationops.servicestations.CompoundService;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports the compound register from a CSV file (UTF-8, header in Chinese or English), as
 * the enterprise import does: every line checked first, nothing written when any line is
 * at fault, and a report of each problem by line and column.
 */
@Controller
@RequestMapping("/service-stations/compounds/import")
@PreAuthorize(ServiceStationController.WRITERS)
class CompoundImportController {

	static final int MAX_LINES = 5_000;

	private static final String PAGE = "servicestations/compound-import";

	/**
	 * Accepted header names per column.
	 */
	private static final Map<String, List<String>> COLUMNS = Map.of("name", List.of("名称", "小区", "name"), "area",
			List.of("社区", "警务区", "area"), "latitude", List.of("纬度", "latitude"), "longitude",
			List.of("经度", "longitude"), "households", List.of("户数", "households"), "residents",
			List.of("人口", "居民", "residents"));

	private final CompoundService compounds;

	private final ServiceStationChoices choices;

	CompoundImportController(CompoundService compounds, ServiceStationChoices choices) {
		this.compounds = compounds;
		this.choices = choices;
	}

	@GetMapping
	String form(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		this.choices.addTo(model, me);
		return PAGE;
	}

	@PostMapping
	String upload(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect) {
		this.choices.addTo(model, me);
		Long stationId = (me.stationId() != null) ? me.stationId() : station;
		if (stationId == null) {
			model.addAttribute("fileError", "servicestations.station.required");
			return PAGE;
		}
		if (file == null || file.isEmpty()
				|| !String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT).endsWith(".csv")) {
			model.addAttribute("fileError", "servicestations.import.badFile");
			return PAGE;
		}
		List<CompoundImport.Line> lines;
		try {
			lines = read(file);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			model.addAttribute("fileError", "servicestations.import.unreadable");
			return PAGE;
		}
		if (lines == null) {
			model.addAttribute("fileError", "servicestations.import.header");
			return PAGE;
		}
		if (lines.isEmpty() || lines.size() > MAX_LINES) {
			model.addAttribute("fileError", "servicestations.import.size");
			return PAGE;
		}
		CompoundImport.Result result = this.compounds.importAll(me.scope(), stationId, lines);
		if (!result.succeeded()) {
			model.addAttribute("problems", result.problems());
			model.addAttribute("filename", file.getOriginalFilename());
			return PAGE;
		}
		redirect.addFlashAttribute("message", "servicestations.import.done");
		redirect.addFlashAttribute("imported", result.imported());
		return "redirect:/service-stations/compounds";
	}

	/**
	 * @return the lines, or {@literal null} when the header lacks a column.
	 */
	private static @Nullable List<CompoundImport.Line> read(MultipartFile file) throws IOException {
		Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(file.getInputStream()).get(),
				StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		try (CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
			Map<String, Integer> index = new java.util.HashMap<>();
			for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
				for (int i = 0; i < header.size(); i++) {
					if (column.getValue().contains(header.get(i))) {
						index.put(column.getKey(), i);
					}
				}
			}
			if (!index.keySet().containsAll(List.of("name", "latitude", "longitude", "households", "residents"))) {
				return null;
			}
			List<CompoundImport.Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (lines.size() > MAX_LINES) {
					break;
				}
				lines.add(new CompoundImport.Line((int) record.getRecordNumber() + 1, cell(record, index.get("name")),
						cell(record, index.get("area")), cell(record, index.get("latitude")),
						cell(record, index.get("longitude")), cell(record, index.get("households")),
						cell(record, index.get("residents"))));
			}
			return lines;
		}
	}

	private static String cell(CSVRecord record, @Nullable Integer index) {
		return (index != null && index < record.size()) ? record.get(index).replace("\u0000", "") : "";
	}

}
