package gov.appeals.casework.control;

import gov.appeals.appeal.entity.OfficialAnswer;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.platform.Refusal;
import gov.appeals.platform.Roles;
import gov.appeals.routing.entity.Official;

/**
 * Who may act on which appeal, beyond the roles the boundary checks. Dispatchers, supervisors and
 * administrators see every appeal; an officer sees only those assigned to them, and to anyone
 * else an appeal answers as if it did not exist.
 */
final class CasePermissions {

    private CasePermissions() {
    }

    /** The appeal if the actor may see it: refused as not found otherwise, so that nothing leaks. */
    static Appeal visible(Appeal appeal, Actor actor, String number) {
        if (appeal == null || !appeal.isVisibleTo(actor.username(), actor.seesEveryAppeal())) {
            throw Appeal.notFound(number);
        }
        return appeal;
    }

    /** Reassigning: those who see every appeal, or an officer of the body that holds it. */
    static void mayReassign(Appeal appeal, Actor actor, Official self, String number) {
        if (actor.seesEveryAppeal()) {
            return;
        }
        if (self == null || appeal.getBody() == null || !self.getBody().getCode().equals(appeal.getBody().getCode())) {
            throw Appeal.notFound(number);
        }
    }

    static void mayRedirect(Appeal appeal, Actor actor) {
        if (!actor.is(Roles.DISPATCHER) && !appeal.isAssignedTo(actor.username())) {
            throw Refusal.forbidden("Only the official the appeal is assigned to, or a dispatcher, redirects it");
        }
    }

    /** Ending correspondence is a head's decision; any other answer is the assigned official's. */
    static void mayAnswer(Appeal appeal, Actor actor, OfficialAnswer given) {
        if (given.endsCorrespondence()) {
            if (!actor.is(Roles.SUPERVISOR)) {
                throw Refusal.forbidden("Only a head (SUPERVISOR) ends correspondence on a repeat appeal");
            }
            return;
        }
        if (!appeal.isAssignedTo(actor.username())) {
            throw Refusal.forbidden("Only the official the appeal is assigned to answers it"
                    + (appeal.getAssignee() == null ? "; it is assigned to nobody yet" : ""));
        }
    }
}
