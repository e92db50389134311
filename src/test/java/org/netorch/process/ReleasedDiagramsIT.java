package org.netorch.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.netorch.testsupport.AppIntegrationTest;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Old instances never lose their code: every delegate, listener and expression a released diagram version uses still
 * resolves in the app, as its running instances will meet them at their next step. The released versions are kept in
 * {@code src/test/resources/released/<version>/} (copied from {@code bpmn/} at each release); the current diagrams are
 * checked too.
 */
class ReleasedDiagramsIT extends AppIntegrationTest {

    private static final String RELEASED = "classpath*:released/*/*.bpmn";
    private static final String CURRENT = "classpath*:bpmn/*.bpmn";
    /** A bean name or a bean's property or method: {@code ${name}}, {@code ${name.property}}, {@code ${name.call(}. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)(?:\\.([A-Za-z_][A-Za-z0-9_]*)(\\s*\\()?)?");
    /** Names the engine itself gives every expression. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId", "dateTime",
            "now", "currentUser", "currentUserGroups");

    @Autowired
    ApplicationContext context;

    @Test
    void everyReleasedDiagramStillFindsItsCode() throws IOException {
        Resource[] released = resources(RELEASED);
        assertThat(released).as("released diagrams kept as test resources").isNotEmpty();

        List<String> broken = new ArrayList<>();
        for (Resource diagram : released) {
            broken.addAll(unresolved(diagram.getURL().getPath().replaceAll(".*/released/", ""), read(diagram)));
        }
        for (Resource diagram : resources(CURRENT)) {
            broken.addAll(unresolved("bpmn/" + diagram.getFilename(), read(diagram)));
        }

        assertThat(broken).as("references of released diagrams that no longer resolve").isEmpty();
    }

    @Test
    void aDelegateThatIsGoneOrOfTheWrongKindIsReported() {
        String diagram = Bpmn.convertToString(Bpmn.createExecutableProcess("gone").startEvent()
                .serviceTask("serviceTask_gone").camundaDelegateExpression("${goneDelegate}")
                .serviceTask("serviceTask_wrongKind").camundaDelegateExpression("${configAppliedCompletionCheck}")
                .serviceTask("serviceTask_cycle").camundaDelegateExpression("${setStatusDelegate}")
                .camundaFailedJobRetryTimeCycle("${retryPolicy.noSuchCycle}")
                .endEvent().done());

        assertThat(unresolved("gone.bpmn", diagram)).containsExactlyInAnyOrder(
                "gone.bpmn: ${goneDelegate...} names no bean",
                "gone.bpmn serviceTask_wrongKind: configAppliedCompletionCheck is no JavaDelegate",
                "gone.bpmn: ${retryPolicy.noSuchCycle} is no property or method of retryPolicy");
    }

    private List<String> unresolved(String name, String xml) {
        List<String> broken = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(xml);
        while (reference.find()) {
            String bean = reference.group(1);
            String member = reference.group(2);
            if (ENGINE_NAMES.contains(bean)) {
                continue;
            }
            if (!context.containsBean(bean)) {
                broken.add(name + ": ${" + bean + "...} names no bean");
            } else if (member != null && !hasMember(context.getBean(bean), member, reference.group(3) != null)) {
                broken.add(name + ": ${" + bean + "." + member + "} is no property or method of " + bean);
            }
        }
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)));
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String delegate = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
            if (delegate != null) {
                checkKind(name, element.getId(), delegate, JavaDelegate.class, broken);
            }
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            checkKind(name, owner(listener), listener.getCamundaDelegateExpression(), TaskListener.class, broken);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            checkKind(name, owner(listener), listener.getCamundaDelegateExpression(), ExecutionListener.class,
                    broken);
        }
        return broken;
    }

    private void checkKind(String name, String elementId, String expression, Class<?> kind, List<String> broken) {
        if (expression == null) {
            return;
        }
        Matcher reference = REFERENCE.matcher(expression);
        if (reference.lookingAt() && reference.group(2) == null && context.containsBean(reference.group(1))
                && !kind.isInstance(context.getBean(reference.group(1)))) {
            broken.add(name + " " + elementId + ": " + reference.group(1) + " is no " + kind.getSimpleName());
        }
    }

    private static String owner(ModelElementInstance listener) {
        ModelElementInstance parent = listener.getParentElement();
        while (parent != null && !(parent instanceof BaseElement)) {
            parent = parent.getParentElement();
        }
        return parent == null ? "?" : ((BaseElement) parent).getId();
    }

    private static boolean hasMember(Object bean, String member, boolean called) {
        if (called) {
            return Arrays.stream(bean.getClass().getMethods()).anyMatch(method -> method.getName().equals(member));
        }
        return new BeanWrapperImpl(bean).isReadableProperty(member);
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources(pattern);
    }

    private static String read(Resource diagram) throws IOException {
        try (InputStream in = diagram.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
