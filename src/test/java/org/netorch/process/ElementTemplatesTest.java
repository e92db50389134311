package org.netorch.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netorch.process.circuit.TerminateCircuitProcess;
import org.netorch.process.node.ValidateNodeProcess;
import org.netorch.process.shared.NetBoxStep;
import org.netorch.process.shared.ProcessVariables;
import org.netorch.process.shared.StartInputRules;
import org.netorch.subscription.ProductCatalog;
import org.netorch.subscription.ProductDeclaration;

/**
 * DESIGN §10: the reusable steps ship as Camunda Modeler element templates in .camunda/element-templates/. Every task
 * of a diagram that is such a step names its template at the template's current version and has what the template
 * fixes, with what a Camunda 7 template cannot write (the job retry cycle, task listeners, the boundary error event)
 * held here; and every template is used.
 */
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of(".camunda", "element-templates");
    private static final Path FORMS = Path.of("forms");
    private static final String SCHEMA =
            "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");
    private static final String NETBOX_CYCLE = "${retryPolicy.netBoxCycle}";
    private static final String PRODUCT_TYPE = ProcessVariables.PRODUCT_TYPE_PARAMETER;

    private static final String NETBOX_STEP = "org.netorch.netBoxStep";
    private static final String CHOOSE_SUBSCRIPTION = "org.netorch.chooseSubscription";
    private static final String HAND_OUT_CONFIG = "org.netorch.handOutConfig";
    /** The boxes a hand-out-config form asks for, each checked on completion by {@code ${<box>CompletionCheck}}. */
    private static final Set<String> CONFIRMATIONS = Set.of(ProcessVariables.CONFIG_APPLIED,
            TerminateCircuitProcess.CONFIG_REMOVED);

    /** What a template cannot bind, per template: every template needs an entry, so a new one is thought through. */
    private static final Map<String, Unbindable> UNBINDABLE = Map.of(
            NETBOX_STEP, Unbindable.job(NETBOX_CYCLE),
            "org.netorch.checkStartInput",
            Unbindable.job(NETBOX_CYCLE).caught(StartInputRules.ERROR_START_INPUT_REFUSED),
            "org.netorch.lockSubscription", Unbindable.none().caught(ValidateNodeProcess.ERROR_SUBSCRIPTION_BUSY),
            "org.netorch.storeProcessSubscription", Unbindable.none(),
            "org.netorch.setStatus", Unbindable.none(),
            "org.netorch.setInSync", Unbindable.none(),
            "org.netorch.listActiveSubscriptions", Unbindable.none(),
            CHOOSE_SUBSCRIPTION, Unbindable.none().listening(step -> Map.of(
                    "complete", "${" + step.stem() + "CompletionCheck}")),
            HAND_OUT_CONFIG, Unbindable.none().listening(step -> Map.of(
                    "create", "${" + step.stem() + "TaskListener}",
                    "complete", "${" + camelCase(confirmation(step)) + "CompletionCheck}")));

    /** The retry cycle a step's job must have (null: none), the error its boundary event catches, its listeners. */
    private record Unbindable(String retryCycle, String caughtError, Function<Step, Map<String, String>> listeners) {

        static Unbindable none() {
            return new Unbindable(null, null, step -> Map.of());
        }

        static Unbindable job(String retryCycle) {
            return new Unbindable(retryCycle, null, step -> Map.of());
        }

        Unbindable caught(String errorCode) {
            return new Unbindable(retryCycle, errorCode, listeners);
        }

        Unbindable listening(Function<Step, Map<String, String>> taskListeners) {
            return new Unbindable(retryCycle, caughtError, taskListeners);
        }
    }

    /** A template as the Modeler reads it, reduced to what this test checks. */
    private record Template(String id, int version, List<String> appliesTo, List<Property> properties) {

        /** The delegate expressions the template fixes or offers: the service tasks it is the template of. */
        Set<String> delegates() {
            return properties.stream()
                    .filter(p -> p.bindingType().equals("property")
                            && p.bindingName().equals("camunda:delegateExpression")
                            && (p.type().equals("Hidden") || p.type().equals("Dropdown")))
                    .flatMap(p -> p.type().equals("Hidden") ? Stream.of(p.value()) : p.choices().stream())
                    .collect(Collectors.toSet());
        }

        Set<String> inputs() {
            return properties.stream().filter(p -> p.bindingType().equals("camunda:inputParameter"))
                    .map(Property::bindingName).collect(Collectors.toSet());
        }
    }

    /** One template property; {@code type} is empty when omitted (an input the modeller may switch off). */
    private record Property(String type, String value, List<String> choices, String bindingType,
            String bindingName, boolean notEmpty, Pattern pattern) {
    }

    /** One task of a diagram as this test reads it. */
    private record Step(String diagram, String processKey, Task task, String stem, Map<String, String> inputs,
            Set<String> outputs, Set<String> formFields) {

        String name() {
            return diagram + " " + task.getId();
        }
    }

    static Stream<Path> diagrams() throws IOException {
        return BpmnConventionsTest.diagrams();
    }

    @Test
    void everyTemplateIsACamunda7TemplateWithAnIdAndAVersion() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Path file : templateFiles()) {
            for (JsonNode json : templateNodes(file)) {
                String where = file.getFileName() + " " + json.path("id").asText();
                if (!SCHEMA.equals(json.path("$schema").asText())) {
                    problems.add(where + ": $schema is not the Camunda 7 element template schema " + SCHEMA);
                }
                if (!json.path("id").asText().matches("org\\.netorch\\.[a-z][A-Za-z]*")) {
                    problems.add(where + ": id is not org.netorch.<step>");
                }
                if (!json.path("version").isInt() || json.path("version").asInt() < 1) {
                    problems.add(where + ": version is not a whole number from 1");
                }
                if (!seen.add(json.path("id").asText() + "@" + json.path("version").asText())) {
                    problems.add(where + ": this id and version are in another template too");
                }
                for (String field : List.of("name", "description")) {
                    if (json.path(field).asText().isBlank()) {
                        problems.add(where + ": no " + field);
                    }
                }
                if (json.path("appliesTo").isEmpty()) {
                    problems.add(where + ": appliesTo is empty");
                }
                problems.addAll(propertyProblems(where, json.path("properties")));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(currentTemplates().keySet())
                .as("templates this test knows what they cannot bind (retry cycle, listeners, boundary event) of")
                .isEqualTo(UNBINDABLE.keySet());
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyReusableStepNamesItsTemplateAtItsCurrentVersion(Path diagram) throws IOException {
        Map<String, Template> templates = currentTemplates();
        List<String> problems = new ArrayList<>();
        for (Step step : steps(diagram)) {
            Optional<Template> expected = templateOf(step, templates);
            String id = step.task().getAttributeValueNs(CAMUNDA, "modelerTemplate");
            String version = step.task().getAttributeValueNs(CAMUNDA, "modelerTemplateVersion");
            if (expected.isPresent() && !(expected.get().id().equals(id)
                    && String.valueOf(expected.get().version()).equals(version))) {
                problems.add("%s is a step of %s %d but names %s".formatted(step.name(), expected.get().id(),
                        expected.get().version(), id == null ? "no template" : id + " " + version));
            }
            if (expected.isEmpty() && id != null) {
                problems.add(step.name() + " names template " + id + " but is no step of it");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyElementNamingATemplateHasWhatTheTemplateFixes(Path diagram) throws IOException {
        Map<String, Template> templates = currentTemplates();
        BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
        List<String> problems = new ArrayList<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String id = element.getAttributeValueNs(CAMUNDA, "modelerTemplate");
            if (id == null) {
                continue;
            }
            Template template = templates.get(id);
            if (template == null) {
                problems.add("%s %s names template %s, which is not in %s".formatted(diagram.getFileName(),
                        element.getId(), id, TEMPLATES));
            } else if (!(element instanceof Task task)) {
                problems.add("%s %s names template %s but is no task".formatted(diagram.getFileName(),
                        element.getId(), id));
            } else {
                problems.addAll(unmet(step(diagram, model, task), template));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTemplateIsUsedByADiagram() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path diagram : diagrams().toList()) {
            for (BaseElement element : Bpmn.readModelFromFile(diagram.toFile())
                    .getModelElementsByType(BaseElement.class)) {
                Optional.ofNullable(element.getAttributeValueNs(CAMUNDA, "modelerTemplate")).ifPresent(used::add);
            }
        }
        assertThat(used).containsAll(currentTemplates().keySet());
    }

    /** What the task lacks of its template, each a sentence naming the task. */
    private static List<String> unmet(Step step, Template template) {
        List<String> problems = new ArrayList<>();
        Task task = step.task();
        String type = "bpmn:" + Character.toUpperCase(task.getElementType().getTypeName().charAt(0))
                + task.getElementType().getTypeName().substring(1);
        if (!template.appliesTo().contains(type)) {
            problems.add(step.name() + " is a " + type + "; " + template.id() + " applies to " + template.appliesTo());
        }
        for (Property property : template.properties()) {
            String actual = property.bindingType().equals("property") ? attribute(task, property.bindingName())
                    : step.inputs().get(property.bindingName());
            String what = property.bindingType().equals("property") ? property.bindingName()
                    : "input parameter " + property.bindingName();
            if (property.type().isEmpty() && actual == null) {
                continue;
            }
            if (property.type().isEmpty() && actual.isBlank()) {
                problems.add(step.name() + " has an empty " + what + "; switch it off where the step needs none");
                continue;
            }
            if (actual == null) {
                problems.add(step.name() + " has no " + what + "; " + template.id()
                        + (property.type().equals("Hidden") ? " fixes \"" + property.value() + "\"" : " asks for it"));
            } else if (property.type().equals("Hidden") && !actual.equals(property.value())) {
                problems.add("%s has %s=\"%s\"; %s fixes \"%s\"".formatted(step.name(), what, actual, template.id(),
                        property.value()));
            } else if (property.type().equals("Dropdown") && !property.choices().contains(actual)) {
                problems.add("%s has %s=\"%s\"; %s offers %s".formatted(step.name(), what, actual, template.id(),
                        property.choices()));
            } else if (property.notEmpty() && actual.isBlank()) {
                problems.add(step.name() + " has an empty " + what + "; " + template.id() + " requires one");
            } else if (property.pattern() != null && !property.pattern().matcher(actual).find()) {
                problems.add("%s has %s=\"%s\", not matching %s of %s".formatted(step.name(), what, actual,
                        property.pattern(), template.id()));
            }
        }
        Set<String> undeclared = new TreeSet<>(step.inputs().keySet());
        undeclared.removeAll(template.inputs());
        undeclared.addAll(step.outputs());
        if (!undeclared.isEmpty()) {
            problems.add(step.name() + " maps " + undeclared + ", which " + template.id() + " does not declare");
        }
        problems.addAll(unmetUnbindable(step, UNBINDABLE.getOrDefault(template.id(), Unbindable.none())));
        problems.addAll(misnamed(step));
        return problems;
    }

    /** The job retry cycle, the task listeners and the boundary error event the step must have. */
    private static List<String> unmetUnbindable(Step step, Unbindable unbindable) {
        List<String> problems = new ArrayList<>();
        String cycle = step.task().getExtensionElements() == null ? null
                : step.task().getExtensionElements().getElementsQuery()
                        .filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
                        .map(CamundaFailedJobRetryTimeCycle::getTextContent).map(String::trim).findFirst()
                        .orElse(null);
        if (unbindable.retryCycle() != null && !unbindable.retryCycle().equals(cycle)) {
            problems.add(step.name() + " has " + (cycle == null ? "no retry cycle" : "retry cycle " + cycle)
                    + ", not " + unbindable.retryCycle());
        }
        if (unbindable.retryCycle() == null && cycle != null) {
            problems.add(step.name() + " has retry cycle " + cycle + "; the step keeps the engine's default");
        }
        Set<String> listeners = step.task().getExtensionElements() == null ? Set.of()
                : step.task().getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class)
                        .list().stream()
                        .map(l -> l.getCamundaEvent() + " " + l.getCamundaDelegateExpression())
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = unbindable.listeners().apply(step).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.toCollection(TreeSet::new));
        if (!listeners.equals(expected)) {
            problems.add(step.name() + " has task listeners " + listeners + ", not " + expected);
        }
        if (unbindable.caughtError() != null && step.task().getModelInstance()
                .getModelElementsByType(BoundaryEvent.class).stream()
                .filter(boundary -> boundary.getAttachedTo() == step.task())
                .flatMap(boundary -> boundary.getEventDefinitions().stream())
                .noneMatch(definition -> definition instanceof ErrorEventDefinition error && error.getError() != null
                        && unbindable.caughtError().equals(error.getError().getErrorCode()))) {
            problems.add(step.name() + " has no boundary error event catching " + unbindable.caughtError());
        }
        return problems;
    }

    /**
     * Id, delegate and form agree: serviceTask_<stem> binds ${<stem>Delegate} (STYLE.md), where a shared delegate's
     * stem grows by the side it works on or the status it sets, and a task comparing one part keeps its verb;
     * userTask_<stem> shows form <stem in kebab case>; a product type is the one this diagram is a workflow of.
     */
    private static List<String> misnamed(Step step) {
        List<String> problems = new ArrayList<>();
        if (step.task() instanceof ServiceTask service) {
            Matcher bean = BEAN_EXPRESSION.matcher(Optional.ofNullable(service.getCamundaDelegateExpression())
                    .orElse(""));
            if (!bean.matches() || !bean.group(1).endsWith("Delegate")) {
                problems.add(step.name() + " binds " + service.getCamundaDelegateExpression()
                        + ", not ${<stem>Delegate}");
            } else {
                String action = bean.group(1).substring(0, bean.group(1).length() - "Delegate".length());
                Map<String, String> inputs = step.inputs();
                boolean named = inputs.containsKey("side") ? step.stem().equals(action + inputs.get("side"))
                        : inputs.containsKey("status") ? step.stem().equals(action + capitalized(inputs.get("status")))
                        : inputs.containsKey("part") ? step.stem().startsWith(verb(action))
                        : step.stem().equals(action);
                if (!named) {
                    problems.add(step.name() + " binds " + service.getCamundaDelegateExpression()
                            + ", which its id does not name");
                }
            }
        }
        if (step.task() instanceof UserTask user) {
            String formRef = user.getAttributeValueNs(CAMUNDA, "formRef");
            if (!kebabCase(step.stem()).equals(formRef)) {
                problems.add(step.name() + " shows form " + formRef + ", not " + kebabCase(step.stem()));
            }
        }
        String productType = step.inputs().get(PRODUCT_TYPE);
        if (productType != null) {
            Optional<String> declared = ProductCatalog.all().stream()
                    .filter(product -> product.workflows().containsValue(step.processKey()))
                    .map(ProductDeclaration::type).findFirst();
            if (!declared.equals(Optional.of(productType))) {
                problems.add("%s has product_type %s; %s is a workflow of %s".formatted(step.name(), productType,
                        step.processKey(), declared.orElse("no product")));
            }
        }
        return problems;
    }

    /**
     * Which template a task is a step of: a service task by its delegate (any NetBoxStep is a NetBox step, the others
     * by the delegates their template fixes or offers), a user task by what its form asks for.
     */
    private static Optional<Template> templateOf(Step step, Map<String, Template> templates) {
        if (step.task() instanceof ServiceTask service) {
            String delegate = service.getCamundaDelegateExpression();
            Class<?> bean = BpmnConventionsTest.beanClass(delegate, "Delegate", Object.class);
            if (bean != null && NetBoxStep.class.isAssignableFrom(bean)) {
                return Optional.of(templates.get(NETBOX_STEP));
            }
            return templates.values().stream().filter(t -> t.delegates().contains(delegate)).findFirst();
        }
        if (step.formFields().contains(ProcessVariables.SUBSCRIPTION_ID)) {
            return Optional.of(templates.get(CHOOSE_SUBSCRIPTION));
        }
        if (step.formFields().stream().anyMatch(CONFIRMATIONS::contains)) {
            return Optional.of(templates.get(HAND_OUT_CONFIG));
        }
        return Optional.empty();
    }

    private static List<Step> steps(Path diagram) {
        BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
        List<Step> steps = new ArrayList<>();
        for (Task task : model.getModelElementsByType(Task.class)) {
            if (task instanceof ServiceTask || task instanceof UserTask) {
                steps.add(step(diagram, model, task));
            }
        }
        return steps;
    }

    private static Step step(Path diagram, BpmnModelInstance model, Task task) {
        Map<String, String> inputs = new TreeMap<>();
        Set<String> outputs = new TreeSet<>();
        if (task.getExtensionElements() != null) {
            for (CamundaInputParameter input : task.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaInputOutput.class).list()
                    .stream().flatMap(io -> io.getCamundaInputParameters().stream()).toList()) {
                inputs.put(input.getCamundaName(), input.getTextContent().trim());
            }
            task.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaInputOutput.class).list()
                    .stream().flatMap(io -> io.getCamundaOutputParameters().stream())
                    .map(CamundaOutputParameter::getCamundaName).forEach(outputs::add);
        }
        String formRef = task.getAttributeValueNs(CAMUNDA, "formRef");
        Set<String> formFields = new TreeSet<>();
        if (formRef != null && Files.exists(FORMS.resolve(formRef + ".form"))) {
            formKeys(json(FORMS.resolve(formRef + ".form")).path("components"), formFields);
        }
        String processKey = model.getModelElementsByType(Process.class).iterator().next().getId();
        String stem = task.getId().substring(task.getId().indexOf('_') + 1);
        return new Step(diagram.getFileName().toString(), processKey, task, stem, inputs, outputs, formFields);
    }

    /** The current version of each template: the highest, when a file keeps older ones beside it. */
    private static Map<String, Template> currentTemplates() throws IOException {
        Map<String, Template> current = new LinkedHashMap<>();
        for (Path file : templateFiles()) {
            for (JsonNode json : templateNodes(file)) {
                Template template = template(json);
                current.merge(template.id(), template,
                        (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        return current;
    }

    private static Template template(JsonNode json) {
        List<String> appliesTo = new ArrayList<>();
        json.path("appliesTo").forEach(type -> appliesTo.add(type.asText()));
        List<Property> properties = new ArrayList<>();
        for (JsonNode property : json.path("properties")) {
            List<String> choices = new ArrayList<>();
            property.path("choices").forEach(choice -> choices.add(choice.path("value").asText()));
            JsonNode pattern = property.path("constraints").path("pattern");
            String regex = pattern.isTextual() ? pattern.asText() : pattern.path("value").asText(null);
            properties.add(new Property(property.path("type").asText(""),
                    property.has("value") ? property.get("value").asText() : null, choices,
                    property.path("binding").path("type").asText(), property.path("binding").path("name").asText(),
                    property.path("constraints").path("notEmpty").asBoolean(false),
                    regex == null ? null : Pattern.compile(regex)));
        }
        return new Template(json.path("id").asText(), json.path("version").asInt(), appliesTo, properties);
    }

    /**
     * The bindings this test knows how to hold a diagram to ({@code property}, {@code camunda:inputParameter}), each
     * with a type the Modeler accepts for it; a template that needs another binding teaches {@link #unmet} first.
     */
    private static List<String> propertyProblems(String where, JsonNode properties) {
        List<String> problems = new ArrayList<>();
        Set<String> bound = new TreeSet<>();
        for (JsonNode property : properties) {
            String binding = property.path("binding").path("type").asText();
            String name = property.path("binding").path("name").asText();
            String type = property.path("type").asText("");
            String what = where + " " + binding + " " + name;
            if (!Set.of("property", "camunda:inputParameter").contains(binding) || name.isBlank()) {
                problems.add(what + ": a binding this test does not check");
            }
            if (!bound.add(binding + " " + name)) {
                problems.add(what + ": bound twice");
            }
            Set<String> types = binding.equals("property") ? Set.of("Hidden", "String", "Dropdown")
                    : Set.of("", "Hidden", "String", "Dropdown");
            if (!types.contains(type)) {
                problems.add(what + ": type '" + type + "' is not one of " + types);
            }
            if (type.equals("Hidden") && !property.has("value")) {
                problems.add(what + ": hidden without a value");
            }
            if (!type.equals("Hidden") && property.path("label").asText().isBlank()) {
                problems.add(what + ": shown without a label");
            }
            if (type.equals("Dropdown")) {
                List<String> choices = new ArrayList<>();
                property.path("choices").forEach(choice -> choices.add(choice.path("value").asText()));
                if (choices.isEmpty() || !choices.contains(property.path("value").asText())) {
                    problems.add(what + ": a dropdown whose value is not one of its choices " + choices);
                }
            }
        }
        return problems;
    }

    private static List<Path> templateFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** A template file holds one template or an array of them, as the Modeler reads it. */
    private static List<JsonNode> templateNodes(Path file) {
        JsonNode json = json(file);
        List<JsonNode> nodes = new ArrayList<>();
        if (json.isArray()) {
            json.forEach(nodes::add);
        } else {
            nodes.add(json);
        }
        return nodes;
    }

    /** An attribute a {@code property} binding names, {@code camunda:} ones in Camunda's namespace. */
    private static String attribute(BaseElement element, String name) {
        return name.startsWith("camunda:") ? element.getAttributeValueNs(CAMUNDA, name.substring("camunda:".length()))
                : element.getAttributeValue(name);
    }

    private static String confirmation(Step step) {
        return step.formFields().stream().filter(CONFIRMATIONS::contains).findFirst().orElse("?");
    }

    private static void formKeys(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            formKeys(component.path("components"), keys);
        }
    }

    private static String verb(String stem) {
        Matcher verb = Pattern.compile("^[a-z]+").matcher(stem);
        return verb.find() ? verb.group() : stem;
    }

    /** {@code ACTIVE} → {@code Active}. */
    private static String capitalized(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** {@code config_applied} → {@code configApplied}. */
    private static String camelCase(String variable) {
        StringBuilder name = new StringBuilder();
        for (String part : variable.split("_")) {
            name.append(name.isEmpty() ? part : capitalized(part));
        }
        return name.toString();
    }

    /** {@code chooseNodeToValidate} → {@code choose-node-to-validate}. */
    private static String kebabCase(String stem) {
        return stem.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not JSON", e);
        }
    }
}
