package org.minzheng.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/**
 * With no user configured the service listens on the loopback interface only, refuses another
 * {@code server.address}, and says so when it starts; with users it binds where it is told.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoopbackModeTest {

    private static final ServiceUsers NONE = new ServiceUsers(List.of());
    private static final ServiceUsers ONE =
            new ServiceUsers(List.of(new ServiceUsers.User("worker", "{bcrypt}$2a$04$x", List.of("CASE_WORKER"))));

    @Test
    void withoutUsersTheServerBindsToTheLoopbackInterface() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new SecurityConfig().loopbackWithoutUsers(NONE, null).customize(factory);
        assertThat(factory.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(factory.getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void withoutUsersAnAddressOtherThanLoopbackStopsTheStartUp() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        assertThatThrownBy(() -> new SecurityConfig()
                        .loopbackWithoutUsers(NONE, "0.0.0.0")
                        .customize(factory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no user is configured");
        new SecurityConfig().loopbackWithoutUsers(NONE, "127.0.0.1").customize(factory);
    }

    @Test
    void withUsersTheAddressIsLeftToConfiguration() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new SecurityConfig().loopbackWithoutUsers(ONE, null).customize(factory);
        assertThat(factory.getAddress()).isNull();
    }

    @Test
    void theStartUpLogSaysTheServiceListensOnLoopbackOnly(CapturedOutput output) {
        SecurityConfig.announce(NONE);
        assertThat(output.getAll()).contains("No users are configured", "127.0.0.1");
    }

    @Test
    void anUnhashedPasswordOrAnUnknownRoleStopsTheStartUp() {
        SecurityConfig config = new SecurityConfig();
        assertThatThrownBy(() -> config.userDetailsService(new ServiceUsers(
                        List.of(new ServiceUsers.User("worker", "{noop}secret", List.of("CASE_WORKER"))))))
                .hasMessageContaining("hashed password")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> config.userDetailsService(new ServiceUsers(
                        List.of(new ServiceUsers.User("worker", "{bcrypt}$2a$04$x", List.of("ADMIN"))))))
                .hasMessageContaining("unknown role");
    }
}
