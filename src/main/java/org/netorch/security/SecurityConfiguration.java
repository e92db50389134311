package org.netorch.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Our API and its documentation need HTTP Basic against Camunda's users. The webapps ({@code /camunda}) keep their
 * own login and {@code /engine-rest} gets Camunda's own Basic filter; neither is matched by this chain.
 */
@Configuration
class SecurityConfiguration {

    static final String[] SECURED_PATHS = {"/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/actuator/**"};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper objectMapper,
            ProcessEngine processEngine) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(objectMapper);
        return http.securityMatcher(SECURED_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                // stateless Basic auth from scripts and tests: no session, so no CSRF token to protect
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new CockpitSessionAuthenticationFilter(processEngine.getName()),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
