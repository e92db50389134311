package org.netorch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasReturnType.Predicates.rawReturnType;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Optional;
import java.util.UUID;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.shared.OwnSubscription;
import org.netorch.process.shared.ProcessVariable;
import org.netorch.process.shared.ShownVariable;
import org.netorch.process.shared.SubscriptionChoice;

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
    static final ArchRule onlyOwnSubscriptionReadsOrSetsAWorkflowsBusinessKey = noClasses()
            .that().resideInAPackage("org.netorch.process..")
            .and().doNotHaveFullyQualifiedName(OwnSubscription.class.getName())
            .and().doNotHaveSimpleName("CheckStartInputDelegate")
            .should().callMethodWhere(target(nameMatching("(get|set)(Process)?BusinessKey"))
                    .and(target(owner(assignableTo(DelegateExecution.class)))))
            .because("a step learns its subscription from OwnSubscription, which trusts a business key only when "
                    + "the process link it recorded confirms it (DESIGN §10); the first step only refuses one given "
                    + "at start");

    @ArchTest
    static final ArchRule theChosenSubscriptionIsNeverHandedOut = methods()
            .that().areDeclaredIn(SubscriptionChoice.class)
            .and(rawReturnType(UUID.class).or(rawReturnType(Optional.class)))
            .should().notBePublic()
            .because("the choice is a value a user wrote: only the lock steps read it, and judge it again");

    @ArchTest
    static final ArchRule onlyTheLockStepsReadTheChosenSubscription = noClasses()
            .that().doNotHaveSimpleName("LockSubscriptionDelegate")
            .and().doNotHaveSimpleName("LockSubscriptionForTerminationDelegate")
            .should().callMethod(SubscriptionChoice.class, "chosen", DelegateExecution.class);

    @ArchTest
    static final ArchRule subscriptionIdsInVariablesAreChoicesMadeBeforeAWorkflowHasItsOwn = noClasses()
            .that().doNotHaveFullyQualifiedName(SubscriptionChoice.class.getName())
            .and().doNotHaveFullyQualifiedName("org.netorch.process.circuit.CreateCircuitVariables")
            .and().doNotHaveFullyQualifiedName("org.netorch.process.validation.ValidateSubscriptionsVariables")
            .should().callMethod(ProcessVariable.class, "uuid", String.class)
            .because("the subscription choice, create_circuit's two nodes, and validate_subscriptions' own paging "
                    + "cursor (no user task writes it) are the only ids a variable may hold");

    @ArchTest
    static final ArchRule netBoxIdsInVariablesAreChoicesMadeBeforeTheSubscriptionExists = noClasses()
            .that().doNotHaveFullyQualifiedName("org.netorch.process.node.CreateNodeVariables")
            .and().doNotHaveFullyQualifiedName("org.netorch.process.circuit.CreateCircuitVariables")
            .and().doNotHaveFullyQualifiedName(ShownVariable.class.getName())
            .should().callMethod(ProcessVariable.class, "id", String.class)
            .because("once a workflow has its subscription, NetBox ids come from its blocks; an id a step shows "
                    + "in a variable is a ShownVariable, which has no read");

    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = slices()
            .matching("org.netorch.(*)..")
            .should().beFreeOfCycles();
}
