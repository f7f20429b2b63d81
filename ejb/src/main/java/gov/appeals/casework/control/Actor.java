package gov.appeals.casework.control;

import gov.appeals.platform.Roles;
import java.util.Set;

/** Who acts on an appeal: their account and the roles the realm gave it. */
public record Actor(String username, Set<String> roles) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Dispatchers, supervisors and administrators work on every appeal; officers only on their body's. */
    public boolean seesEveryAppeal() {
        return is(Roles.DISPATCHER) || is(Roles.SUPERVISOR) || is(Roles.ADMIN);
    }
}
