package org.minzheng.examples.service;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users of the service, from configuration ({@code minzheng.security.users}): a name, a
 * hashed password (Spring Security's {@code {bcrypt}…} form; {@code java -jar minzheng-service.jar
 * --hash-password} makes one) and roles. With none, the service listens on the loopback interface
 * only and lets every request through ({@link SecurityConfig}).
 *
 * @param users the users; empty for the loopback-only mode
 */
@ConfigurationProperties(prefix = "minzheng.security")
public record ServiceUsers(List<User> users) {

    /** Normalises a missing list to an empty one. */
    public ServiceUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * One user.
     *
     * @param name     the login name
     * @param password the hashed password, as {@code {bcrypt}$2a$…}
     * @param roles    the roles: {@code CASE_WORKER} (decide, explain), and the estate-query roles
     *                 {@code OFFICIAL}, {@code APPLICANT}, {@code CO_HEIR}, {@code AUDITOR}
     */
    public record User(String name, String password, List<String> roles) {

        /** Normalises missing roles to none. */
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        @Override
        public String toString() {
            return "User[name=" + name + ", roles=" + roles + "]";
        }
    }

    /** @return whether no user is configured (the loopback-only mode) */
    public boolean none() {
        return users.isEmpty();
    }
}
