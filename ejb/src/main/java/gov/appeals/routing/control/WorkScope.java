package gov.appeals.routing.control;

import gov.appeals.platform.Roles;
import java.util.Set;

/**
 * The appeals one person may see and act on. Dispatchers, supervisors and administrators: every
 * appeal. An officer: those assigned to them; every appeal of their body when they are its head;
 * a colleague's when the head granted it.
 */
public record WorkScope(String username, boolean everyAppeal, String headOf, Set<String> colleagues) {

    /** What the roles alone give: every appeal, or the officer's own. */
    public static WorkScope byRoles(String username, Set<String> roles) {
        return new WorkScope(username, roles.stream().anyMatch(Roles.SEE_EVERY_APPEAL::contains), null, Set.of());
    }

    /** Whether an appeal held by {@code bodyCode} and assigned to {@code assignee} (either may be null) is in scope. */
    public boolean covers(String bodyCode, String assignee) {
        if (everyAppeal || (assignee != null && assignee.equals(username))) {
            return true;
        }
        if (bodyCode == null) {
            return false;
        }
        return bodyCode.equals(headOf) || (assignee != null && colleagues.contains(assignee));
    }
}
