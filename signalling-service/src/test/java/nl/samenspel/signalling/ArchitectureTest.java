package nl.samenspel.signalling;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The signalling-service's architecture, as rules that fail when broken (and when they would check nothing). */
class ArchitectureTest {

    private static final String ROOT = "nl.samenspel.signalling";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void everyPackageTheRulesNameExists() {
        List<String> packages = List.of("catalogue", "signal", "collective", "bundling", "disclosure",
                "monitoring", "integration");
        for (String name : packages) {
            assertThat(CLASSES.stream().anyMatch(c -> c.getPackageName().equals(ROOT + "." + name)))
                    .as("package " + name + " exists").isTrue();
        }
    }

    @Test
    void aggregatesAreNotPublic() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void onlyTheIntegrationPackageTouchesKafkaOrTheContract() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".integration..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                        "nl.samenspel.events..")
                .check(CLASSES);
    }

    @Test
    void onlyControllersUseTheKitsWebPackageSoTheDomainThrowsItsOwnRefusals() {
        noClasses().that().haveSimpleNameNotEndingWith("Controller")
                .should().dependOnClassesThat().resideInAPackage("nl.samenspel.kit.web..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void disclosureControlDependsOnNoFrameworkButConfiguration() {
        noClasses().that().resideInAPackage(ROOT + ".disclosure..")
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "org.springframework.jdbc..",
                        ROOT + ".monitoring..")
                .check(CLASSES);
    }
}
