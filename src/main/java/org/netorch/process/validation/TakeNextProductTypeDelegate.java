package org.netorch.process.validation;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.netorch.subscription.ProductCatalog;
import org.netorch.subscription.ProductDeclaration;
import org.netorch.subscription.ProductDeclaration.WorkflowRole;
import org.springframework.stereotype.Component;

/**
 * serviceTask_takeNextProductType: the product type after the one the run walked last ({@code product_type}), in the
 * catalog's order (a product after those it depends on, so nodes before their circuits), among those that declare a
 * validate workflow; sets {@code product_type} and {@code validate_workflow}, or removes {@code validate_workflow}
 * when every type is done.
 */
@Component
class TakeNextProductTypeDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        List<ProductDeclaration> validated = ProductCatalog.all().stream()
                .filter(declaration -> declaration.workflow(WorkflowRole.VALIDATE).isPresent()).toList();
        List<String> types = validated.stream().map(ProductDeclaration::type).toList();
        int next = ValidateSubscriptionsVariables.PRODUCT_TYPE.find(execution).map(last -> {
            int walked = types.indexOf(last);
            if (walked < 0) {
                throw new IllegalStateException("product type " + last + " declares no validate workflow");
            }
            return walked + 1;
        }).orElse(0);
        if (next >= validated.size()) {
            ValidateSubscriptionsVariables.VALIDATE_WORKFLOW.remove(execution);
            return;
        }
        ProductDeclaration declaration = validated.get(next);
        ValidateSubscriptionsVariables.PRODUCT_TYPE.set(execution, declaration.type());
        ValidateSubscriptionsVariables.VALIDATE_WORKFLOW.set(execution,
                declaration.workflow(WorkflowRole.VALIDATE).orElseThrow());
    }
}
