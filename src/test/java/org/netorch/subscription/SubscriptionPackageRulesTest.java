package org.netorch.subscription;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SubscriptionPackageRulesTest {

    @Test
    void theDomainKnowsNothingOfTheEngineTheWebOrNetBox() {
        noClasses().that().resideInAPackage("org.netorch.subscription..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.camunda..", "org.springframework.web..", "org.netorch.netbox..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.netorch.subscription"));
    }
}
