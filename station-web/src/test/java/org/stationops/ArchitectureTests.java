package org.stationops;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.stationops");

	@Test
	void controllersLiveInWebPackagesOrTheShell() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage("..web..", "..system..", "..dashboard..", "..api..")
			.check(this.classes);
	}

	@Test
	void nothingUsesFieldInjection() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(this.classes);
	}

	@Test
	void jpaRepositoriesStayInPersistencePackagesAndPackagePrivate() {
		classes().that()
			.haveSimpleNameStartingWith("Jpa")
			.and()
			.haveSimpleNameEndingWith("Repository")
			.should()
			.resideInAPackage("..persistence..")
			.andShould()
			.notBePublic()
			.check(this.classes);
	}

	@Test
	void coreDoesNotReachForTheWebOrPersistenceLayers() {
		noClasses().that()
			.resideOutsideOfPackages("..web..", "..persistence..", "..system..", "..dashboard..", "..api..")
			.and()
			.doNotHaveSimpleName("StationApplication")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "org.springframework.web..", "org.hibernate..")
			.check(this.classes);
	}

}
