package org.stationops.vessels.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.shared.web.Pages;
import org.stationops.shared.web.ReadOnlyPage;
import org.stationops.stations.StationService;
import org.stationops.vessels.WantedImport;
import org.stationops.vessels.WantedListService;
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
 * The station's wanted list (ID numbers masked) and its import from a CSV file (UTF-8,
 * header in Chinese or English), as the compound and enterprise imports do: every line
 * checked first, nothing written when any line is at fault, and a report of each problem
 * by line and column.
 */
@Controller
@RequestMapping("/vessels/wanted")
class WantedListController {

	static final int MAX_LINES = 5_000;

	private static final String IMPORT = "vessels/wanted-import";

	/** Accepted header names per column. */
	private static final Map<String, List<String>> COLUMNS = Map.of("idNumber",
			List.of("身份证号", "身份证号码", "公民身份号码", "id number", "idnumber"), "name", List.of("姓名", "name"), "reason",
			List.of("事由", "原因", "reason"), "source", List.of("来源", "source"));

	private final WantedListService wanted;

	private final StationService stations;

	WantedListController(WantedListService wanted, StationService stations) {
		this.wanted = wanted;
		this.stations = stations;
	}

	@GetMapping
	@ReadOnlyPage
	String list(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.wanted.list(me.scope(), Pages.of(page, 50)));
		return "vessels/wanted";
	}

	@GetMapping("/import")
	String form(@AuthenticationPrincipal OfficerPrincipal me, Model model) {
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		return IMPORT;
	}

	@PostMapping("/import")
	String upload(@AuthenticationPrincipal OfficerPrincipal me, @RequestParam(required = false) @Nullable Long station,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect) {
		model.addAttribute("stations", this.stations.visibleStations(me.scope()));
		Long stationId = (me.stationId() != null) ? me.stationId() : station;
		if (stationId == null) {
			model.addAttribute("fileError", "vessels.station.required");
			return IMPORT;
		}
		if (file == null || file.isEmpty()
				|| !String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT).endsWith(".csv")) {
			model.addAttribute("fileError", "vessels.import.badFile");
			return IMPORT;
		}
		List<WantedImport.Line> lines;
		try {
			lines = read(file);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			model.addAttribute("fileError", "vessels.import.unreadable");
			return IMPORT;
		}
		if (lines == null) {
			model.addAttribute("fileError", "vessels.import.header");
			return IMPORT;
		}
		if (lines.isEmpty() || lines.size() > MAX_LINES) {
			model.addAttribute("fileError", "vessels.import.size");
			return IMPORT;
		}
		WantedImport.Result result = this.wanted.importAll(me.scope(), stationId, lines, me.username());
		if (!result.succeeded()) {
			model.addAttribute("problems", result.problems());
			model.addAttribute("filename", file.getOriginalFilename());
			return IMPORT;
		}
		redirect.addFlashAttribute("message", "vessels.import.done");
		redirect.addFlashAttribute("added", result.added());
		redirect.addFlashAttribute("refreshed", result.refreshed());
		return "redirect:/vessels/wanted";
	}

	/**
	 * @return the lines, or {@literal null} when the header lacks a required column.
	 */
	private static @Nullable List<WantedImport.Line> read(MultipartFile file) throws IOException {
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
			Map<String, Integer> index = new HashMap<>();
			for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
				for (int i = 0; i < header.size(); i++) {
					if (column.getValue().contains(header.get(i))) {
						index.put(column.getKey(), i);
					}
				}
			}
			if (!index.keySet().containsAll(List.of("idNumber", "name", "reason"))) {
				return null;
			}
			List<WantedImport.Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (lines.size() > MAX_LINES) {
					break;
				}
				lines.add(new WantedImport.Line((int) record.getRecordNumber() + 1, cell(record, index.get("idNumber")),
						cell(record, index.get("name")), cell(record, index.get("reason")),
						cell(record, index.get("source"))));
			}
			return lines;
		}
	}

	private static String cell(CSVRecord record, @Nullable Integer index) {
		return (index != null && index < record.size()) ? record.get(index).replace("\u0000", "") : "";
	}

}
