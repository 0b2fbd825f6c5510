package nl.samenspel.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The notification-service's architecture rules; each names packages that exist, or it fails for checking nothing. */
class NotificationArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.samenspel.notification");

    @Test
    void onlyTheIntegrationPackageTouchesKafka() {
        noClasses().that().resideOutsideOfPackage("nl.samenspel.notification.integration..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .check(CLASSES);
    }

    @Test
    void onlyTheReceiverPackageCallsReceivers() {
        noClasses().that().resideOutsideOfPackage("nl.samenspel.notification.receiver..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.hc..")
                .check(CLASSES);
        classes().that().haveSimpleName("ReceiverClient").should().resideInAPackage("nl.samenspel.notification.receiver")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.samenspel.notification.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
