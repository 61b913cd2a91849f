package org.stationops.servicestations.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.stationops.servicestations.CompoundService;
import org.stationops.shared.Scope;
import org.stationops.shared.web.OfficerPrincipal;
import org.stationops.support.StationWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@StationWebTest
class CompoundImportWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CompoundService compounds;

	OfficerPrincipal me(String username) {
		return (OfficerPrincipal) this.users.loadUserByUsername(username);
	}

	long named(String text) {
		return this.compounds.search(Scope.bureau(), null, text, PageRequest.of(0, 5)).getTotalElements();
	}

	MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "compounds.csv", "text/csv",
				("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void importsEveryLineOfAGoodFile() {
		assertThat(this.mvc.post().uri("/service-stations/compounds/import").multipart().file(csv("""
				名称,社区,纬度,经度,户数,人口
				导入测试一区,岱山社区,28.6031,115.9012,300,900
				导入测试二区,,28.6052,115.9033,"1,200",3500
				""")).with(user(me("ds.officer"))).with(csrf())).hasStatus3xxRedirection();
		assertThat(named("导入测试一区")).isEqualTo(1);
		assertThat(named("导入测试二区")).isEqualTo(1);
	}

	@Test
	void reportsEveryProblemByLineAndWritesNothing() {
		assertThat(this.mvc.post().uri("/service-stations/compounds/import").multipart().file(csv("""
				name,area,latitude,longitude,households,residents
				坏文件甲区,没有这个社区,28.6,115.9,10,30
				坏文件乙区,,95,115.9,10,-3
				坏文件甲区,,28.6,115.9,10,30
				江联小区,,28.6,115.9,10,30
				""")).with(user(me("ds.officer"))).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("未导入任何小区", "本所没有名为“没有这个社区”的社区或警务区", "纬度应为 -90 到 90 的数字", "应为不小于 0 的整数", "名称“坏文件甲区”在文件中出现了不止一次",
					"本所已有同名小区");
		assertThat(named("坏文件")).isZero();
	}

	@Test
	void refusesAFileWithoutTheRequiredColumns() {
		assertThat(this.mvc.post()
			.uri("/service-stations/compounds/import")
			.multipart()
			.file(csv("名称,人口\n缺列小区,100\n"))
			.with(user(me("ds.officer")))
			.with(csrf())).hasStatusOk().bodyText().contains("首行缺少必需的列");
	}

}
