package org.netorch.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.process.circuit.CreateCircuitProcess;
import org.netorch.process.circuit.ModifyCircuitProcess;
import org.netorch.process.circuit.TerminateCircuitProcess;
import org.netorch.process.circuit.ValidateCircuitProcess;
import org.netorch.process.node.CreateNodeProcess;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.validation.ValidateSubscriptionsProcess;
import org.netorch.process.node.TerminateNodeProcess;
import org.netorch.process.node.ValidateNodeProcess;

/** The naming rules of STYLE.md, checked on every diagram and form, so diagram and code never drift apart. */
class BpmnConventionsTest {

    private static final Path BPMN = Path.of("bpmn");
    private static final Path FORMS = Path.of("forms");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");
    private static final Map<String, String> LISTENER_SUFFIX = Map.of(
            TaskListener.EVENTNAME_CREATE, "TaskListener",
            TaskListener.EVENTNAME_COMPLETE, "CompletionCheck");
    private static final Pattern ELEMENT_ID = Pattern.compile(
            "(startEvent|endEvent|boundaryEvent|intermediateThrowEvent|serviceTask|userTask|callActivity|subProcess"
                    + "|gateway|flow|association|message|error|errorEventDefinition|timerEventDefinition)_[a-z]\\w*");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> FORM_COMPONENTS = Set.of("textfield", "textarea", "number", "checkbox",
            "select", "text", "radio", "checklist");
    private static final Map<String, Class<?>> CONSTANTS = Map.of(
            CreateNodeProcess.KEY, CreateNodeProcess.class,
            CreateCircuitProcess.KEY, CreateCircuitProcess.class,
            ModifyCircuitProcess.KEY, ModifyCircuitProcess.class,
            TerminateCircuitProcess.KEY, TerminateCircuitProcess.class,
            TerminateNodeProcess.KEY, TerminateNodeProcess.class,
            ValidateNodeProcess.KEY, ValidateNodeProcess.class,
            ValidateCircuitProcess.KEY, ValidateCircuitProcess.class,
            ValidateSubscriptionsProcess.KEY, ValidateSubscriptionsProcess.class);

    static Stream<Path> diagrams() throws IOException {
        return Files.list(BPMN).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    static Stream<Path> forms() throws IOException {
        return Files.list(FORMS).filter(p -> p.toString().endsWith(".form")).sorted();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void theProcessKeyIsTheFileNameAndHistoryHasATimeToLive(Path diagram) {
        Process process = process(model(diagram));
        assertThat(process.getId() + ".bpmn").isEqualTo(diagram.getFileName().toString());
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.getName()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyElementIdCarriesItsTypeAndAStem(Path diagram) {
        BpmnModelInstance model = model(diagram);
        List<String> badIds = new ArrayList<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String id = element.getId();
            boolean diagramOnly = id == null || id.endsWith("_di") || id.startsWith("definitions_")
                    || id.startsWith("diagram_") || id.startsWith("plane_");
            if (!diagramOnly && !(element instanceof Process) && !ELEMENT_ID.matcher(id).matches()) {
                badIds.add(id);
            }
        }
        assertThat(badIds).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyServiceTaskBindsADelegateOfThatNameAndNetBoxStepsAreAsync(Path diagram) {
        BpmnModelInstance model = model(diagram);
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            assertThat(beanClass(task.getCamundaDelegateExpression(), "Delegate", JavaDelegate.class))
                    .as(task.getId()).isNotNull();
            if (task.getExtensionElements() != null && task.getExtensionElements().getRawTextContent()
                    .contains("retryPolicy.netBoxCycle")) {
                assertThat(task.isCamundaAsyncBefore()).as(task.getId() + " calls NetBox").isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void createListenersAreTaskListenersAndCompleteListenersAreCompletionChecks(Path diagram) {
        for (CamundaTaskListener listener : model(diagram).getModelElementsByType(CamundaTaskListener.class)) {
            String suffix = LISTENER_SUFFIX.get(listener.getCamundaEvent());
            assertThat(suffix).as("listener event " + listener.getCamundaEvent()).isNotNull();
            assertThat(listener.getCamundaClass()).isNull();
            assertThat(beanClass(listener.getCamundaDelegateExpression(), suffix, TaskListener.class))
                    .as(listener.getCamundaDelegateExpression() + " on " + listener.getCamundaEvent())
                    .isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyUserTaskUsesADeployedCamundaForm(Path diagram) throws IOException {
        for (UserTask task : model(diagram).getModelElementsByType(UserTask.class)) {
            String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
            assertThat(formRef).as(task.getId()).isNotBlank();
            assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))
                    .isEqualTo("deployment");
            Path form = FORMS.resolve(formRef + ".form");
            assertThat(form).as(task.getId()).exists();
            assertThat(json(form).path("id").asText()).isEqualTo(formRef);
        }
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyIdConstantExistsInItsDiagram(Path diagram) throws IllegalAccessException {
        BpmnModelInstance model = model(diagram);
        Class<?> constants = CONSTANTS.get(process(model).getId());
        assertThat(constants).as("constants class for " + diagram).isNotNull();
        Map<String, String> missing = new TreeMap<>();
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String value
                    && ELEMENT_ID.matcher(value).matches() && model.getModelElementById(value) == null) {
                missing.put(field.getName(), value);
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyVariableAFormSubmitsOrShowsIsAVariableConstantOfTheDiagram(Path diagram) throws IOException,
            IllegalAccessException {
        BpmnModelInstance model = model(diagram);
        Class<?> constants = CONSTANTS.get(process(model).getId());
        Set<String> known = new TreeSet<>(variableNames(constants));
        known.addAll(variableNames(ProcessVariables.class));
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
            Set<String> used = new TreeSet<>();
            formVariables(json(FORMS.resolve(formRef + ".form")).path("components"), used);
            used.removeAll(known);
            if (!used.isEmpty()) {
                unknown.put(task.getId() + " (forms/" + formRef + ".form)", used);
            }
        }
        assertThat(unknown)
                .as("form keys, valuesKeys and {{variables}} that are no variable constant of %s or ProcessVariables",
                        constants.getSimpleName())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void formsUseOnlyWhatTasklist724Renders(Path form) throws IOException {
        JsonNode schema = json(form);
        assertThat(schema.path("id").asText() + ".form").isEqualTo(form.getFileName().toString());
        assertThat(schema.path("schemaVersion").asInt()).isLessThanOrEqualTo(16);
        List<String> keys = new ArrayList<>();
        for (JsonNode component : schema.path("components")) {
            assertThat(FORM_COMPONENTS).contains(component.path("type").asText());
            if (component.has("key")) {
                keys.add(component.path("key").asText());
                assertThat(component.path("label").asText()).as(component.path("key").asText()).isNotBlank();
            }
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    /** The values of a constants class's {@code String} constants that name variables, not elements, forms or errors. */
    private static Set<String> variableNames(Class<?> constants) throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("KEY")
                    && field.get(null) instanceof String value && VARIABLE_NAME.matcher(value).matches()) {
                names.add(value);
            }
        }
        return names;
    }

    /** What a form-js component tree submits ({@code key}), offers ({@code valuesKey}) and shows ({@code {{name}}}). */
    private static void formVariables(JsonNode components, Set<String> names) {
        for (JsonNode component : components) {
            for (String property : List.of("key", "valuesKey")) {
                if (component.hasNonNull(property)) {
                    names.add(component.get(property).asText());
                }
            }
            for (String property : List.of("text", "label")) {
                Matcher shown = TEMPLATE_VARIABLE.matcher(component.path(property).asText(""));
                while (shown.find()) {
                    names.add(shown.group(1));
                }
            }
            formVariables(component.path("components"), names);
        }
    }

    /** The class a {@code ${beanName}} expression binds, when the bean name ends in the suffix and names its class. */
    static Class<?> beanClass(String expression, String suffix, Class<?> role) {
        Matcher matcher = BEAN_EXPRESSION.matcher(expression == null ? "" : expression);
        if (!matcher.matches() || !matcher.group(1).endsWith(suffix)) {
            return null;
        }
        String simpleName = Character.toUpperCase(matcher.group(1).charAt(0)) + matcher.group(1).substring(1);
        for (String pkg : List.of("org.netorch.process.shared", "org.netorch.process.node",
                "org.netorch.process.circuit", "org.netorch.process.validation")) {
            try {
                Class<?> type = Class.forName(pkg + "." + simpleName);
                return role.isAssignableFrom(type) ? type : null;
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        return null;
    }

    private static BpmnModelInstance model(Path diagram) {
        BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
        Bpmn.validateModel(model);
        return model;
    }

    private static Process process(BpmnModelInstance model) {
        return model.getModelElementsByType(Process.class).iterator().next();
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }
}
