package org.stationops.analysis.web;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stationops.audit.AuditService;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class AnalysisExportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditService audit;

	OfficerPrincipal as(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	@Test
	void exportsTheAnalysisToXlsxWithAnAuditEntry() throws Exception {
		var result = this.mvc.get()
			.uri("/reports/export.xlsx?period=MONTH&date=2012-11-15")
			.with(user(as("ds.supervisor")))
			.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("岱山派出所");
			assertThat(workbook.getSheet("按警情细类")).isNotNull();
		}
		assertThat(this.audit.countFor("analysis", "analysis-month-2012-11-01.xlsx")).isPositive();
	}

	@Test
	void exportsTheAnalysisToAChinesePdfWithTheFontEmbedded() throws Exception {
		var result = this.mvc.get()
			.uri("/reports/export.pdf?period=DAY&date=2012-11-20")
			.with(user(as("ds.supervisor")))
			.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("岱山派出所", "日报（每日警情）", "万人警力比", "2012-11-20");
		}
	}

	@Test
	void neutralisesCellsASpreadsheetWouldReadAsFormulas() {
		assertThat(AnalysisWorkbook.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(AnalysisWorkbook.safe("+1")).isEqualTo("'+1");
		assertThat(AnalysisWorkbook.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(AnalysisWorkbook.safe("梅陇 · 第一社区")).isEqualTo("梅陇 · 第一社区");
	}

	@Test
	void leavesExportsToSupervisors() {
		assertThat(this.mvc.get().uri("/reports/export.xlsx?period=DAY").with(user(as("ds.officer")))).hasStatus(403);
		assertThat(this.mvc.get().uri("/reports").with(user(as("ds.officer")))).hasStatusOk()
			.bodyText()
			.doesNotContain("export-xlsx");
	}

}
