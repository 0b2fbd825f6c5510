package nl.samenspel.coordinator;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.samenspel.kit.web.IdempotentCommands;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The coordinator-service's architecture, as STYLE.md describes it. Every rule names packages that exist. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.samenspel.coordinator");

    @Test
    void aggregatesAreNotPublic() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void onlyTheIntegrationPackageTouchesKafkaOrTheContract() {
        noClasses().that().resideOutsideOfPackage("nl.samenspel.coordinator.integration..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                        "nl.samenspel.events..")
                .check(CLASSES);
    }

    /**
     * The application services answer HTTP through the kit's idempotent commands, which is all of the kit's web
     * package they may use; every refusal is the coordinator's own.
     */
    @Test
    void onlyControllersUseTheKitsWebPackageSoTheDomainThrowsItsOwnRefusals() {
        noClasses().that().haveSimpleNameNotEndingWith("Controller")
                .should().dependOnClassesThat(resideInAPackage("nl.samenspel.kit.web..")
                        .and(not(belongToAnyOf(IdempotentCommands.class))))
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.samenspel.coordinator.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theRulesNamePackagesThatExist() {
        for (String feature : new String[]{"cases", "offers", "handovers", "consent", "calendar", "matching", "queue", "integration", "vault", "audit"}) {
            org.assertj.core.api.Assertions.assertThat(CLASSES.containPackage("nl.samenspel.coordinator." + feature))
                    .as(feature).isTrue();
        }
        org.assertj.core.api.Assertions.assertThat(CLASSES.stream().anyMatch(c -> c.isAnnotatedWith(Aggregate.class))).isTrue();
    }
}
