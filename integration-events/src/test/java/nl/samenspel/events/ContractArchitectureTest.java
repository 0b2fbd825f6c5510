package nl.samenspel.events;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The contract is read by other organisations in any stack: it depends on no framework, only on Jackson. */
class ContractArchitectureTest {

    @Test
    void contractDependsOnNoFramework() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.samenspel.events");
        noClasses().that().resideInAPackage("nl.samenspel.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "org.apache.kafka..", "jakarta.persistence..")
                .check(classes);
    }
}
