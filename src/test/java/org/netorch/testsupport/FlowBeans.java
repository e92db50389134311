package org.netorch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.netorch.process.shared.FormCheckException;
import org.netorch.process.shared.StartInputRules;

/**
 * Stands in for the beans a diagram binds in a flow test: each step records its bean name when it runs, then does
 * what the test told it to (nothing by default). Only registered names resolve, and {@link #register} fails when the
 * diagram binds a name the test did not list, or the test lists one the diagram does not bind.
 */
public final class FlowBeans implements BeforeEachCallback, AfterEachCallback {

    public static final String CHECK_START_INPUT = "serviceTask_checkStartInput";
    public static final String CHECK_START_INPUT_BEAN = "checkStartInputDelegate";
    private static final String END_START_INPUT_REFUSED = "endEvent_startInputRefused";

    // `${name}` or `${name.property}`; `execution` is the engine's own, not a bean.
    private static final Pattern BOUND_NAME = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final String diagram;
    private ProcessEngineExtension engine;
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private final List<String> ran = new ArrayList<>();
    private final List<String> ranAt = new ArrayList<>();
    private String refusedStart;

    /** {@code diagram} is the classpath resource, e.g. {@code bpmn/create_node.bpmn}. */
    public FlowBeans(String diagram) {
        this.diagram = diagram;
    }

    /**
     * As a JUnit extension ({@code @RegisterExtension} on the test's field), registers the stand-ins on the engine
     * before each test and forgets them after it.
     */
    public FlowBeans on(ProcessEngineExtension processEngine) {
        this.engine = processEngine;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        init(engine.getProcessEngine());
        register();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        unregister();
        reset();
    }

    public FlowBeans delegates(String... names) {
        for (String name : names) {
            beans.put(name, new Step(name));
        }
        return this;
    }

    public FlowBeans listeners(String... names) {
        return delegates(names);
    }

    /** A bean the diagram reads a property of, such as the retry cycle. */
    public FlowBeans value(String name, Object bean) {
        beans.put(name, bean);
        return this;
    }

    /** What the delegate does after recording that it ran. */
    public void when(String name, JavaDelegate behaviour) {
        step(name).delegate = behaviour;
    }

    /** What the task listener does after recording that it ran. */
    public void whenTask(String name, TaskListener behaviour) {
        step(name).listener = behaviour;
    }

    /**
     * Starts the process and runs its first step, serviceTask_checkStartInput, which every diagram has, with the
     * bean that stands in for it.
     */
    public ProcessInstance start(String processKey, Map<String, Object> variables) {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(processKey, variables);
        runJob(process, CHECK_START_INPUT, CHECK_START_INPUT_BEAN);
        return process;
    }

    public ProcessInstance start(String processKey) {
        return start(processKey, Map.of());
    }

    /** Makes the first step refuse the start input with this reason, as the real check would. */
    public void refuseStartInput(String reason) {
        refusedStart = reason;
        when(CHECK_START_INPUT_BEAN, execution -> {
            throw new BpmnError(StartInputRules.ERROR_START_INPUT_REFUSED, reason);
        });
    }

    /** The process ended at endEvent_startInputRefused having run nothing but its first step, the reason kept. */
    public void assertRefusedAtStart(ProcessInstance process) {
        assertThat(process).isEnded().hasPassed(END_START_INPUT_REFUSED);
        assertThat(ran()).containsExactly(CHECK_START_INPUT_BEAN);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName(StartInputRules.REFUSAL_VARIABLE).singleResult().getValue()).isEqualTo(refusedStart);
    }

    /** Bean names in the order the engine called them. */
    public List<String> ran() {
        return List.copyOf(ran);
    }

    /**
     * Runs an asynchronous step: the process waits at it with a job of its own, its bean has not run before the job
     * does, and is the first to run when it does.
     */
    public void runJob(ProcessInstance process, String activity, String bean) {
        assertThat(process).isWaitingAt(activity);
        assertThat(ranAt).as("%s ran before its job", activity).doesNotContain(activity);
        int before = ran.size();
        execute(job(activity, process));
        assertThat(ran.subList(before, ran.size())).as("beans run by the job of %s", activity).startsWith(bean);
        assertThat(ranAt.get(before)).isEqualTo(activity);
    }

    /**
     * Completing the process's open task with these variables is refused by its completion check with a message
     * naming {@code reason}; the task stays open at {@code activity}.
     */
    public static void assertCompletionRefused(ProcessInstance process, String activity, Map<String, Object> variables,
            String reason) {
        assertThatThrownBy(() -> complete(task(process), variables))
                .hasRootCauseInstanceOf(FormCheckException.class).hasMessageContaining(reason);
        assertThat(process).isWaitingAt(activity);
    }

    /** The form the task's {@code camunda:formRef} resolves to in the deployment; fails when there is none. */
    public static String deployedForm(Task task) {
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    public void register() {
        assertThat(beans.keySet())
                .as("beans registered for %s", diagram)
                .containsExactlyInAnyOrderElementsOf(boundNames(diagram));
        beans.forEach(Mocks::register);
    }

    public void unregister() {
        Mocks.reset();
    }

    /** Every name the diagram's expressions start with: delegates, listeners, beans in retry cycles. */
    public static Set<String> boundNames(String diagram) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = BOUND_NAME.matcher(read(diagram));
        while (matcher.find()) {
            if (!matcher.group(1).equals("execution")) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static String read(String resource) {
        try (InputStream in = FlowBeans.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no diagram " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private Step step(String name) {
        if (!(beans.get(name) instanceof Step step)) {
            throw new IllegalArgumentException(name + " is not a registered step");
        }
        return step;
    }

    /** The {@code retryPolicy} bean's shape: the diagrams read {@code ${retryPolicy.netBoxCycle}}. */
    public static final class RetryCycle {

        private final String netBoxCycle;

        public RetryCycle(String netBoxCycle) {
            this.netBoxCycle = netBoxCycle;
        }

        public String getNetBoxCycle() {
            return netBoxCycle;
        }
    }

    /** The {@code taskAssignment} bean's shape: user tasks read {@code ${taskAssignment.operatorsGroup}}. */
    public static final class OperatorsGroup {

        private final String operatorsGroup;

        public OperatorsGroup(String operatorsGroup) {
            this.operatorsGroup = operatorsGroup;
        }

        public String getOperatorsGroup() {
            return operatorsGroup;
        }
    }

    private final class Step implements JavaDelegate, TaskListener {

        private final String name;
        private JavaDelegate delegate = execution -> { };
        private TaskListener listener = task -> { };

        Step(String name) {
            this.name = name;
        }

        @Override
        public void execute(DelegateExecution execution) throws Exception {
            ran.add(name);
            ranAt.add(execution.getCurrentActivityId());
            delegate.execute(execution);
        }

        @Override
        public void notify(DelegateTask task) {
            ran.add(name);
            ranAt.add(task.getTaskDefinitionKey());
            listener.notify(task);
        }
    }
}
