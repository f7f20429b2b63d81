package gov.appeals.casework.control;

import gov.appeals.appeal.control.Reader;
import gov.appeals.routing.control.WorkScope;
import java.util.Set;

/**
 * Who acts on an appeal: their account, the roles the realm gave it, the network address they call
 * from, and the appeals they may see and act on.
 */
public record Actor(String username, Set<String> roles, String address, WorkScope scope) {

    /** An actor whose scope follows from the roles alone: every appeal, or an officer's own. */
    public Actor(String username, Set<String> roles) {
        this(username, roles, null, null);
    }

    public Actor {
        if (scope == null) {
            scope = WorkScope.byRoles(username, roles);
        }
    }

    /** The actor as the access log records a read. */
    public Reader reader() {
        return new Reader(username, address);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Dispatchers, supervisors and administrators work on every appeal; officers only within their scope. */
    public boolean seesEveryAppeal() {
        return scope.everyAppeal();
    }
}
