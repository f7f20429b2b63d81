package gov.appeals.casework.control;

import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.OfficialAnswer;
import gov.appeals.platform.Refusal;
import gov.appeals.platform.Roles;

/**
 * Who may act on which appeal, beyond the roles the boundary checks. Dispatchers, supervisors and
 * administrators see every appeal; an officer sees those in their scope (their own, their body's
 * as its head, a colleague's by the head's grant), and to anyone else an appeal answers as if it
 * did not exist. That holds for every action, reassignment included: an officer hands over only
 * what is in their scope, so a registration number of their body reveals nothing to them.
 */
final class CasePermissions {

    private CasePermissions() {
    }

    /** The appeal if the actor may see it: refused as not found otherwise, so that nothing leaks. */
    static Appeal visible(Appeal appeal, Actor actor, String number) {
        if (appeal == null || !Appeals.inScope(appeal, actor.scope())) {
            throw Appeal.notFound(number);
        }
        return appeal;
    }

    static void mayRedirect(Appeal appeal, Actor actor) {
        if (!actor.is(Roles.DISPATCHER) && !worksOn(appeal, actor)) {
            throw Refusal.forbidden("Only the official the appeal is assigned to (or covering for them), or a dispatcher, redirects it");
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
        if (!worksOn(appeal, actor)) {
            throw Refusal.forbidden("Only the official the appeal is assigned to (or covering for them) answers it"
                    + (appeal.getCustody().assignee() == null ? "; it is assigned to nobody yet" : ""));
        }
    }

    /** As an official: the assignee, the body's head, or a colleague covering by grant; not those who see every appeal. */
    private static boolean worksOn(Appeal appeal, Actor actor) {
        return appeal.getCustody().isAssignedTo(actor.username()) || (!actor.seesEveryAppeal() && Appeals.inScope(appeal, actor.scope()));
    }
}
