package org.netorch.api;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.netorch.process.operations.CompletionVariables;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Task completions over Camunda's REST APIs are held to the task's form ({@link CompletionVariablesFilter}). */
@Configuration
class CompletionChecks {

    /** The servlet of the engine API that Tasklist and Cockpit call, as Camunda's webapp starter names it. */
    static final String WEBAPPS_ENGINE_API = "Engine Api";

    /**
     * Mapped by servlet name, not by path: the servlet container runs path-mapped filters first, so the caller is
     * known to the engine (Basic on {@code /engine-rest}, the session in the webapps) whatever order they were
     * registered in.
     */
    @Bean
    FilterRegistrationBean<CompletionVariablesFilter> completionVariablesFilter(CompletionVariables completionVariables,
            ProcessEngine processEngine, ObjectMapper objectMapper,
            @Qualifier("jerseyServletRegistration") ServletRegistrationBean<?> engineRest) {
        var filter = new CompletionVariablesFilter(completionVariables, processEngine.getName(), objectMapper);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("completion-variables");
        registration.setServletNames(List.of(engineRest.getServletName(), WEBAPPS_ENGINE_API));
        return registration;
    }
}
