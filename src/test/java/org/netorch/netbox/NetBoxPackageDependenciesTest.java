package org.netorch.netbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class NetBoxPackageDependenciesTest {

    private final JavaClasses client = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.netorch.netbox");

    @Test
    void theClientKnowsNothingOfCamundaTheDomainOrTheSimulator() {
        noClasses().that().resideInAPackage("org.netorch.netbox")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.camunda..", "org.netorch.subscription..", "org.netorch.netbox.simulator..")
                .check(client);
    }
}
