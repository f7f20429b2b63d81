package gov.appeals.platform.rest;

import gov.appeals.platform.Roles;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is calling, as the security realm signed them in. */
public final class Caller {

    private Caller() {
    }

    public static String name(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** The realm's roles the caller has. */
    public static Set<String> roles(SecurityContext security) {
        return Roles.ALL.stream().filter(security::isUserInRole).collect(Collectors.toUnmodifiableSet());
    }

    public static boolean inAnyRole(SecurityContext security, String... roles) {
        return Arrays.stream(roles).anyMatch(security::isUserInRole);
    }
}
