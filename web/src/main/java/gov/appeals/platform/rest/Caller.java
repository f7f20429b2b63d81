package gov.appeals.platform.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;

/** Who is calling, as the security realm signed them in. */
public final class Caller {

    private Caller() {
    }

    public static String name(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    public static boolean inAnyRole(SecurityContext security, String... roles) {
        return Arrays.stream(roles).anyMatch(security::isUserInRole);
    }
}
