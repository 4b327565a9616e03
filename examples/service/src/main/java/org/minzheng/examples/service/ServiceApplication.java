package org.minzheng.examples.service;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The minzheng web service: {@code java -jar examples/service/target/minzheng-service.jar
 * [--server.port=8080]}; see docs/service.md. {@code --hash-password} reads a password from the
 * console (or standard input) and prints its hash for {@code minzheng.security.users[].password}.
 */
@SpringBootApplication
public class ServiceApplication {

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--hash-password")) {
            System.out.println(hash());
            return;
        }
        SpringApplication.run(ServiceApplication.class, args);
    }

    private static String hash() throws IOException {
        Console console = System.console();
        char[] password;
        if (console != null) {
            password = console.readPassword("password: ");
        } else {
            StringBuilder sb = new StringBuilder();
            InputStreamReader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
            for (int c = in.read(); c >= 0 && c != '\n' && c != '\r'; c = in.read()) {
                sb.append((char) c);
            }
            password = sb.toString().toCharArray();
        }
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("no password given");
        }
        return PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(new String(password));
    }
}
