package org.netorch.security;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Our API and its documentation need HTTP Basic against Camunda's users and at least the viewer role; the
 * controllers ask for more where they change something. The webapps ({@code /camunda}) keep their own login and
 * {@code /engine-rest} gets Camunda's Basic filter; the API's chain matches neither, the engine's authorizations guard
 * both. Basic callers of the API and of {@code /engine-rest} share one password check ({@link CamundaCredentials}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] SECURED_PATHS = {"/api/**", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
            "/swagger-ui.html", "/actuator/**"};
    /** Paths whose own filter checks every request: Camunda's REST API and the simulator's token. */
    static final List<String> SELF_AUTHENTICATING = List.of("/engine-rest/**", "/netbox/**");
    /** Paths whose own filters authenticate (the webapps' login) or that hold nothing. */
    static final String[] AUTHENTICATED_ELSEWHERE = {"/camunda/**", "/error", "/"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ObjectMapper objectMapper,
            ProcessEngine processEngine, RoleGroups roleGroups) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(objectMapper);
        return http.securityMatcher(SECURED_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.VIEWER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(objectMapper)))
                // stateless Basic auth from scripts and tests: no session, so no CSRF token to protect
                .csrf(csrf -> csrf.disable())
                // The Cockpit plugin's calls carry the webapps' session, which this chain only reads. Session
                // fixation protection would give it a new id on every call (Spring takes the user found in it for a
                // fresh login), so Cockpit's own requests in flight with the old id would be logged out.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .addFilterBefore(new CockpitSessionAuthenticationFilter(processEngine.getName(), roleGroups),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * Only the security headers and no session id in URLs: these paths authenticate each request themselves and keep
     * no session, so logout, request cache, anonymous user, session management and authorization would only cost time.
     */
    @Bean
    @Order(2)
    SecurityFilterChain selfAuthenticating(HttpSecurity http) throws Exception {
        // matched on the path within the application: the Spring MVC matcher that securityMatcher(String...) builds
        // sees only the path inside Jersey's servlet (/process-definition), which /engine-rest/** never matches
        List<RequestMatcher> paths = SELF_AUTHENTICATING.stream()
                .<RequestMatcher>map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList();
        return http.securityMatcher(new OrRequestMatcher(paths))
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable())
                .exceptionHandling(exceptions -> exceptions.disable())
                .addFilter(new DisableEncodeUrlFilter())
                .build();
    }

    /** Denies by default: a path that no chain above claims and no other filter guards is answered 404. */
    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        AuthenticationEntryPoint notServed = (request, response, failure) -> Problems.write(response, objectMapper,
                HttpStatus.NOT_FOUND, "Not found", "Nothing is served at this path", request.getRequestURI());
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(AUTHENTICATED_ELSEWHERE).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(notServed))
                // Camunda's webapps bring their own CSRF protection and sessions
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** The firewall's refusal (a {@code ..} segment, an encoded slash, a semicolon) as a 400 problem. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper objectMapper) {
        return (request, response, rejection) -> Problems.write(response, objectMapper, HttpStatus.BAD_REQUEST,
                "Path refused", "The request path is not allowed here: " + rejection.getMessage(), null);
    }

    /** Before Spring Security's chain and Camunda's filters, so a turned-away address never reaches a password check. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottle(LoginThrottleProperties properties,
            ObjectMapper objectMapper) {
        var filter = new LoginThrottleFilter(new LoginThrottle(properties, Clock.systemUTC()), objectMapper);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("login-throttle");
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 100);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthentication(ProcessEngine processEngine,
            CamundaCredentials credentials) {
        var registration = new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(processEngine, credentials));
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    CamundaCredentials camundaCredentials(IdentityService identityService, LoginCacheProperties properties) {
        return new CamundaCredentials(identityService, new LoginCache(properties.timeToLive(), Clock.systemUTC()));
    }

    /**
     * No observation of filters, authentications or authorizations: without this bean every filter of every chain is
     * wrapped, even when the observations themselves are switched off, and the wrapping cost more CPU per request
     * than the metrics were worth.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
