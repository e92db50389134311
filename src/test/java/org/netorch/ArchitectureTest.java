package org.netorch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.netorch.process.shared.FormCheckException;

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
                    "org.netorch.netboxsim..");

    @ArchTest
    static final ArchRule theSimulatorIsASiblingOfTheClientNotPartOfIt = noClasses()
            .that().resideInAPackage("org.netorch.netbox..")
            .should().dependOnClassesThat().resideInAPackage("org.netorch.netboxsim..");

    @ArchTest
    static final ArchRule theSimulatorStandsAloneLikeARealNetBox = noClasses()
            .that().resideInAPackage("org.netorch.netboxsim..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.camunda..", "org.netorch.subscription..", "org.netorch.process..", "org.netorch.api..");

    @ArchTest
    static final ArchRule theSimulatorReadsTheDemoTopologyAsDataAndNeverCallsTheClient = noClasses()
            .that().resideInAPackage("org.netorch.netboxsim..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.netorch.netbox.NetBoxClient")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.netorch.netbox.seed.NetBoxSeeder")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.netorch.netbox.seed.SeedCommand");

    @ArchTest
    static final ArchRule onlyWiringKnowsTheSimulator = noClasses()
            .that().resideInAnyPackage("org.netorch.subscription..", "org.netorch.process..", "org.netorch.api..")
            .should().dependOnClassesThat().resideInAPackage("org.netorch.netboxsim..");

    @ArchTest
    static final ArchRule workflowsDoNotCallTheWebLayer = noClasses()
            .that().resideInAPackage("org.netorch.process..")
            .should().dependOnClassesThat().resideInAnyPackage("org.netorch.api..", "org.netorch.security..");

    @ArchTest
    static final ArchRule processCodeEntersTheDomainThroughItsServiceNeverItsRepositories = noClasses()
            .that().resideInAPackage("org.netorch.process..")
            .should().dependOnClassesThat(resideInAPackage("org.netorch.subscription")
                    .and(simpleNameEndingWith("Repository")))
            .because("workflows reach the subscription store through SubscriptionService");

    @ArchTest
    static final ArchRule stepsSharedByDiagramsKnowNothingOfTheApiBackend = noClasses()
            .that().resideInAPackage("org.netorch.process.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.netorch.process.operations..", "org.netorch.process.node..",
                    "org.netorch.process.circuit..", "org.netorch.process.validation..");

    @ArchTest
    static final ArchRule theApiBackendKnowsNoDiagramsSteps = noClasses()
            .that().resideInAPackage("org.netorch.process.operations..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.netorch.process.node..", "org.netorch.process.circuit..", "org.netorch.process.validation..");

    @ArchTest
    static final ArchRule theApiReachesWorkflowsOnlyThroughTheOperationsBackend = noClasses()
            .that().resideInAPackage("org.netorch.api..")
            .should().dependOnClassesThat(resideInAPackage("org.netorch.process..")
                    .and(not(resideInAPackage("org.netorch.process.operations..")))
                    .and(not(type(FormCheckException.class))));

    @ArchTest
    static final ArchRule controllersHoldNoEngineOrNetBoxCalls = noClasses()
            .that().resideInAPackage("org.netorch.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.netorch.netbox..");

    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = slices()
            .matching("org.netorch.(*)..")
            .should().beFreeOfCycles();
}
