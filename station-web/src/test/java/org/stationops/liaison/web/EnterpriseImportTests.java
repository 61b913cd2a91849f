package org.stationops.liaison.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stationops.shared.CreditCodes;
import org.stationops.liaison.EnterpriseDetails;
import org.stationops.liaison.EnterpriseImportService;
import org.stationops.liaison.EnterpriseKind;
import org.stationops.liaison.EnterpriseService;
import org.stationops.liaison.ImportPreview;
import org.stationops.shared.RuleViolationException;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.stations.StationService;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class EnterpriseImportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EnterpriseImportService imports;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	StationService stations;

	Scope daishan() {
		return Scope.station(this.stations.getByCode("DS").getId());
	}

	/**
	 * 5,000 rows: 50 with a malformed code (every 100th), 19 repeating the code of the
	 * row before (i % 250 == 2), 10 without a name (i % 500 == 3): 79 invalid, 4,921
	 * valid; 5 legacy codes (i % 1000 == 7) and short leases on every row are warnings
	 * only.
	 */
	static String csv(String prefix, int rows) {
		StringBuilder csv = new StringBuilder(String.join(",", EnterpriseImportService.COLUMNS)).append('\n');
		String previous = "";
		for (int i = 1; i <= rows; i++) {
			String code = CreditCodes.complete(prefix + String.format("%05d", i));
			if (i % 100 == 0) {
				code = code.substring(0, 17);
			}
			else if (i % 250 == 2 && i > 2) {
				code = previous;
			}
			else if (i % 1000 == 7) {
				code = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
			}
			String name = (i % 500 == 3) ? "" : "导入测试企业" + prefix + "-" + i;
			csv.append("COMPANY,")
				.append(name)
				.append(',')
				.append(code)
				.append(",软件,岱山路")
				.append(i)
				.append("号,导入商圈")
				.append(i % 20)
				.append(",,,,,,,,,2026-01-01,2026-06-30,")
				.append(i % 50)
				.append(",B,2026-01-01,LOW\n");
			previous = code;
		}
		return csv.toString();
	}

	@Test
	void importsFiveThousandRowsWithACorrectErrorReport() throws Exception {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ds.liaison");
		MockMultipartFile file = new MockMultipartFile("file", "enterprises.csv", "text/csv",
				csv("92360104MA3X", 5000).getBytes(StandardCharsets.UTF_8));
		MvcTestResult upload = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/liaison/import")
				.file(file)
				.with(user(me))
				.with(csrf()));
		assertThat(upload).hasStatus3xxRedirection();
		String job = upload.getResponse().getRedirectedUrl();
		assertThat(this.mvc.get().uri(job).with(user(me))).hasStatusOk()
			.bodyText()
			.contains("4921", "79")
			.doesNotContain("Exception");

		String report = this.mvc.get()
			.uri(job + "/errors.csv")
			.with(user(me))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = report.lines().toList();
		assertThat(lines.stream().filter(l -> l.contains("信用代码格式不正确"))).hasSize(50);
		assertThat(lines.stream().filter(l -> l.contains("信用代码重复"))).hasSize(19);
		assertThat(lines.stream().filter(l -> l.contains("必填项为空"))).hasSize(10);
		assertThat(lines.stream().filter(l -> l.contains("旧码"))).hasSize(5);
		assertThat(lines.get(0)).contains("行号", "问题");
		assertThat(lines.stream().filter(l -> l.contains("短租"))).hasSize(5000);

		assertThat(this.mvc.post().uri(job + "/run").with(user(me)).with(csrf())).hasStatus3xxRedirection();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		String status;
		do {
			Thread.sleep(500);
			status = this.mvc.get().uri(job + "/status").with(user(me)).exchange().getResponse().getContentAsString();
		}
		while (!status.contains("导入完成") && !status.contains("导入失败") && System.nanoTime() < deadline);
		assertThat(status).contains("导入完成：4,921 条").contains("100%");
		assertThat(this.enterprises.search(daishan(), "导入测试企业92360104MA3X", null, null, PageRequest.of(0, 1))
			.getTotalElements()).isEqualTo(4921);
		var legacy = this.enterprises.search(daishan(), "导入测试企业92360104MA3X-7", null, null, PageRequest.of(0, 200))
			.stream()
			.filter(e -> e.getName().equals("导入测试企业92360104MA3X-7"))
			.findFirst()
			.orElseThrow();
		assertThat(legacy.isCreditCodeWarning()).isTrue();
		assertThat(legacy.isShortLease()).isTrue();
	}

	@Test
	void flagsBadPhonesOverlongTextAndHugeHeadcountsInThePreview() {
		Map<String, String> row = new HashMap<>();
		row.put("kind", "COMPANY");
		row.put("name", "长".repeat(201));
		row.put("credit_code", CreditCodes.complete("92360104MA3Z00001"));
		row.put("legal_rep_phone", "abc");
		row.put("key_person_phone", "13800138000");
		row.put("headcount", "2000000");
		ImportPreview preview = this.imports.preview(daishan(), List.of(row));
		assertThat(preview.rows()).singleElement().satisfies(r -> {
			assertThat(r.isValid()).isFalse();
			assertThat(r.errors()).extracting(p -> p.column() + ":" + p.code())
				.contains("legal_rep_phone:liaison.import.badPhone", "name:liaison.import.tooLong",
						"headcount:liaison.import.badNumber")
				.noneMatch(problem -> problem.startsWith("key_person_phone"));
		});
	}

	@Test
	void importsNothingWhenAnyValidRowFails() {
		String prefix = "92360104MA4X";
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			Map<String, String> row = new HashMap<>();
			row.put("kind", "公司");
			row.put("name", "整体回滚企业-" + i);
			row.put("credit_code", CreditCodes.complete(prefix + String.format("%05d", i)));
			rows.add(row);
		}
		ImportPreview preview = this.imports.preview(daishan(), rows);
		assertThat(preview.validCount()).isEqualTo(300);
		// a colleague registers row 250's company between the preview and the import
		this.enterprises.create(daishan(),
				EnterpriseDetails.minimal(EnterpriseKind.COMPANY, "抢先登记企业", CreditCodes.complete(prefix + "00250")),
				false, null, "ds.liaison");
		assertThatThrownBy(() -> this.imports.importValid(daishan(), preview, "ds.liaison", done -> {
		})).isInstanceOf(RuleViolationException.class).hasMessageContaining("changedMeanwhile");
		assertThat(this.enterprises.search(daishan(), "整体回滚企业", null, null, PageRequest.of(0, 1)).getTotalElements())
			.isZero();
	}

	@Test
	void refusesFilesItCannotRead() {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ds.liaison");
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/liaison/import")
				.file(new MockMultipartFile("file", "x.txt", "text/plain", "a,b".getBytes()))
				.with(user(me))
				.with(csrf())))
			.hasStatusOk()
			.bodyText()
			.contains("只支持 .csv 或 .xlsx 文件");
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/liaison/import")
				.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", "garbage".getBytes()))
				.with(user(me))
				.with(csrf())))
			.hasStatusOk()
			.bodyText()
			.contains("文件无法读取");
		assertThat(this.mvc.get().uri("/liaison/import/no-such-job").with(user(me))).hasStatus4xxClientError();
	}

	@Test
	void readsXlsxFilesWithDateCells() throws Exception {
		OfficerPrincipal me = (OfficerPrincipal) this.users.loadUserByUsername("ds.liaison");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			var sheet = workbook.createSheet();
			var header = sheet.createRow(0);
			String[] columns = { "kind", "name", "credit_code", "lease_start", "lease_end" };
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i]);
			}
			var dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			String[][] rows = { { "快递网点", "XLSX导入快递网点", CreditCodes.complete("92360104MA5X00001") },
					{ "公司", "XLSX导入坏码公司", "12345" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < 3; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
				var start = row.createCell(3);
				start.setCellValue(java.time.LocalDate.of(2026, 1, 1));
				start.setCellStyle(dateStyle);
				var end = row.createCell(4);
				end.setCellValue(java.time.LocalDate.of(2028, 1, 1));
				end.setCellStyle(dateStyle);
			}
			workbook.write(out);
		}
		MvcTestResult upload = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/liaison/import")
				.file(new MockMultipartFile("file", "enterprises.xlsx", "application/octet-stream", out.toByteArray()))
				.with(user(me))
				.with(csrf()));
		assertThat(upload).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(upload.getResponse().getRedirectedUrl()).with(user(me))).hasStatusOk()
			.bodyText()
			.contains("XLSX导入坏码公司", "信用代码格式不正确")
			.doesNotContain("日期格式应为");
	}

}
