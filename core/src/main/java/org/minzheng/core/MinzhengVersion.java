package org.minzheng.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the library and of the policy data it ships, as stamped by the build (also
 * written to each jar's manifest as {@code Implementation-Version} and
 * {@code Minzheng-Policy-Data-Version}).
 */
public final class MinzhengVersion {

    private static final String LIBRARY;
    private static final String POLICY_DATA;

    static {
        Properties p = new Properties();
        try (InputStream in = MinzhengVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        LIBRARY = p.getProperty("library.version", "unknown");
        POLICY_DATA = p.getProperty("policy.data.version", "unknown");
    }

    private MinzhengVersion() {}

    /** @return the library version, such as {@code 0.1.0-SNAPSHOT} */
    public static String libraryVersion() {
        return LIBRARY;
    }

    /** @return the version of the shipped policy data, such as {@code 2024.1} */
    public static String policyDataVersion() {
        return POLICY_DATA;
    }
}
