package org.netorch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.netorch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfCamundaTheWebOrNetBox = noClasses()
            .that().resideInAPackage("org.netorch.subscription..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.camunda..", "org.springframework.web..", "jakarta.servlet..",
                    "org.netorch.netbox..", "org.netorch.process..", "org.netorch.api..");

    @ArchTest
    static final ArchRule theNetBoxClientKnowsNothingOfCamundaOrTheDomain = noClasses()
            .that().resideInAPackage("org.netorch.netbox")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.camunda..", "org.netorch.subscription..", "org.netorch.process..", "org.netorch.api..",
                    "org.netorch.netbox.simulator..");

    @ArchTest
    static final ArchRule theSimulatorStandsAloneLikeARealNetBox = noClasses()
            .that().resideInAPackage("org.netorch.netbox.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.camunda..", "org.netorch.subscription..", "org.netorch.process..", "org.netorch.api..");

    @ArchTest
    static final ArchRule theSimulatorReadsTheDemoTopologyAsDataAndNeverCallsTheClient = noClasses()
            .that().resideInAPackage("org.netorch.netbox.simulator..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.netorch.netbox.NetBoxClient")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.netorch.netbox.seed.NetBoxSeeder")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.netorch.netbox.seed.SeedCommand");

    @ArchTest
    static final ArchRule onlyWiringKnowsTheSimulator = noClasses()
            .that().resideInAnyPackage("org.netorch.subscription..", "org.netorch.process..", "org.netorch.api..")
            .should().dependOnClassesThat().resideInAPackage("org.netorch.netbox.simulator..");

    @ArchTest
    static final ArchRule workflowsDoNotCallTheWebLayer = noClasses()
            .that().resideInAPackage("org.netorch.process..")
            .should().dependOnClassesThat().resideInAnyPackage("org.netorch.api..", "org.netorch.security..");

    @ArchTest
    static final ArchRule controllersHoldNoEngineOrNetBoxCalls = noClasses()
            .that().resideInAPackage("org.netorch.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.netorch.netbox..");

    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = slices()
            .matching("org.netorch.(*)..")
            .should().beFreeOfCycles();
}
