package gov.appeals.casework.control;

import gov.appeals.appeal.control.Reader;
import gov.appeals.platform.Roles;
import java.util.Set;

/** Who acts on an appeal: their account, the roles the realm gave it, and the network address they call from. */
public record Actor(String username, Set<String> roles, String address) {

    public Actor(String username, Set<String> roles) {
        this(username, roles, null);
    }

    /** The actor as the access log records a read. */
    public Reader reader() {
        return new Reader(username, address);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Dispatchers, supervisors and administrators work on every appeal; officers only on their body's. */
    public boolean seesEveryAppeal() {
        return is(Roles.DISPATCHER) || is(Roles.SUPERVISOR) || is(Roles.ADMIN);
    }
}
