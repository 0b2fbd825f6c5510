package nl.samenspel.network;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The network-service's architecture rules; each names packages that exist, or it fails for checking nothing. */
class NetworkArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.samenspel.network");

    @Test
    void aggregatesAreNotPublic() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void onlyTheIntegrationPackageTouchesKafkaOrTheContract() {
        noClasses().that().resideOutsideOfPackage("nl.samenspel.network.integration..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                        "nl.samenspel.events..")
                .check(CLASSES);
    }

    @Test
    void integrationPackageUsesTheContract() {
        classes().that().resideInAPackage("nl.samenspel.network.integration..")
                .and().haveSimpleName("NetworkPublisher")
                .should().dependOnClassesThat().resideInAPackage("nl.samenspel.events..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.samenspel.network.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
