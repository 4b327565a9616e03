package org.minzheng.examples.service;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minzheng.core.decision.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what, and the security headers.
 *
 * <p><b>With users configured</b> ({@link ServiceUsers}): the API, the OpenAPI document and
 * Swagger UI need a login (HTTP Basic, over TLS in production: put the service behind the agency's
 * gateway or set {@code server.ssl.*}); deciding and explaining need the role
 * {@code CASE_WORKER} or {@code OFFICIAL}; the estate-query case views need one of the estate
 * roles and show what {@link org.minzheng.funeral.cases.CaseViewPolicy} lets that role see. The
 * page's static files need no login: they hold no data.
 *
 * <p><b>With no user configured</b>: the service listens on 127.0.0.1 only (any other
 * {@code server.address} stops the start-up), lets every request through, acts as an
 * {@code OFFICIAL} in the estate-query views, and says so in the log when it starts. This is for
 * a case worker's own machine or a developer's, never a shared server.
 *
 * <p>Every response carries a Content-Security-Policy (scripts, styles, fonts, images only from
 * the service itself; no framing), {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY} and {@code Referrer-Policy: no-referrer}. The API is stateless (no
 * session, no cookie), so there is no CSRF token to carry: a browser cannot be made to send Basic
 * credentials the page did not hold.
 *
 * <p>An agency's own single sign-on (OIDC) plugs in as an OAuth2 resource server: see
 * docs/service.md, "Single sign-on".
 */
@Configuration
@EnableConfigurationProperties(ServiceUsers.class)
public class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    /** The page's policy: everything from the service itself, nothing inline, never framed. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** Swagger UI's bundle sets inline styles; its pages get this policy instead (scripts still only from here). */
    static final String CSP_SWAGGER = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceUsers users) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"minzheng\", charset=\"UTF-8\"");
                            Language lang = Problems.language(request);
                            Problems.write(
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    Problems.document(
                                            HttpStatus.UNAUTHORIZED,
                                            "unauthorized",
                                            Problems.pick(lang, "需要登录", "Login required"),
                                            null,
                                            Map.of()));
                        })
                        .accessDeniedHandler((request, response, ex) -> {
                            Language lang = Problems.language(request);
                            Problems.write(
                                    response,
                                    HttpStatus.FORBIDDEN,
                                    Problems.document(
                                            HttpStatus.FORBIDDEN,
                                            "forbidden",
                                            Problems.pick(lang, "无权访问", "Forbidden"),
                                            Problems.pick(lang, "当前用户的角色不能访问此功能", "the user's roles do not allow this"),
                                            Map.of()));
                        }));
        if (users.none()) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        } else {
            http.httpBasic(b -> b.realmName("minzheng"))
                    .authorizeHttpRequests(a -> a.requestMatchers(
                                    HttpMethod.POST, "/api/decisions", "/api/explanations")
                            .hasAnyRole(Roles.CASE_WORKER, Roles.OFFICIAL)
                            .requestMatchers(HttpMethod.POST, "/api/estate-cases", "/api/estate-cases/**")
                            .hasRole(Roles.OFFICIAL)
                            .requestMatchers("/api/estate-cases/**")
                            .hasAnyRole(Roles.OFFICIAL, Roles.APPLICANT, Roles.CO_HEIR, Roles.AUDITOR)
                            .requestMatchers(
                                    "/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                            .authenticated()
                            .anyRequest()
                            .permitAll());
        }
        return http.build();
    }

    /** Swagger UI's pages: the same rules, a policy that allows its inline styles. */
    @Bean
    @org.springframework.core.annotation.Order(0)
    SecurityFilterChain swaggerChain(HttpSecurity http, ServiceUsers users) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP_SWAGGER))
                        .frameOptions(f -> f.deny()));
        if (users.none()) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        } else {
            http.httpBasic(b -> b.realmName("minzheng"))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The configured users. A password that is not hashed ({@code {noop}…} or no {@code {id}}
     * prefix), a user without a name, password or role, or an unknown role stops the start-up.
     */
    @Bean
    UserDetailsService userDetailsService(ServiceUsers users) {
        List<UserDetails> details = new ArrayList<>();
        for (ServiceUsers.User u : users.users()) {
            if (u.name() == null || u.name().isBlank()) {
                throw new IllegalStateException("minzheng.security.users: a user has no name");
            }
            String where = "minzheng.security.users[" + u.name() + "]";
            if (u.password() == null
                    || !u.password().startsWith("{")
                    || u.password().startsWith("{noop}")) {
                throw new IllegalStateException(where
                        + ".password: expected a hashed password such as {bcrypt}$2a$10$…"
                        + " (java -jar minzheng-service.jar --hash-password makes one)");
            }
            if (u.roles().isEmpty()) {
                throw new IllegalStateException(where + ".roles: at least one of " + Roles.ALL);
            }
            for (String r : u.roles()) {
                if (!Roles.ALL.contains(r)) {
                    throw new IllegalStateException(where + ".roles: unknown role; expected some of " + Roles.ALL);
                }
            }
            details.add(User.withUsername(u.name())
                    .password(u.password())
                    .roles(u.roles().toArray(String[]::new))
                    .build());
        }
        return new InMemoryUserDetailsManager(details);
    }

    /**
     * With no user configured, binds the server to the loopback interface; an explicit
     * {@code server.address} elsewhere stops the start-up.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> loopbackWithoutUsers(
            ServiceUsers users, @Value("${server.address:#{null}}") String address) {
        return factory -> {
            if (!users.none()) {
                return;
            }
            InetAddress loopback = InetAddress.getLoopbackAddress();
            if (address != null && !address.isBlank()) {
                try {
                    if (!InetAddress.getByName(address).isLoopbackAddress()) {
                        throw new IllegalStateException("server.address is not a loopback address but no user is"
                                + " configured (minzheng.security.users): configure users, or listen on 127.0.0.1");
                    }
                } catch (java.net.UnknownHostException e) {
                    throw new IllegalStateException("server.address: unknown host", e);
                }
                return;
            }
            factory.setAddress(loopback);
        };
    }

    /** Says at start-up which mode the service runs in. */
    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        announce(event.getApplicationContext().getBean(ServiceUsers.class));
    }

    static void announce(ServiceUsers users) {
        if (users.none()) {
            LOG.warn("No users are configured (minzheng.security.users): the service listens on the loopback"
                    + " interface (127.0.0.1) only and lets every request through without login."
                    + " Configure users (docs/service.md) to serve other machines.");
        } else {
            LOG.info(
                    "{} user(s) configured; the API needs HTTP Basic login (docs/service.md)",
                    users.users().size());
        }
    }
}
