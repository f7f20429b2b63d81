package gov.appeals.routing.control;

import gov.appeals.platform.Refusal;
import gov.appeals.reference.entity.Body;
import gov.appeals.routing.entity.ColleagueGrant;
import gov.appeals.routing.entity.Official;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A body's head letting officials cover for colleagues, and the scope of appeals that gives each. */
@Stateless
public class ColleagueGrants {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AssignmentService assignment;

    /** The appeals {@code username}, with these roles, may see and act on. */
    public WorkScope scopeOf(String username, Set<String> roles) {
        WorkScope byRoles = WorkScope.byRoles(username, roles);
        Optional<Official> self = byRoles.everyAppeal() ? Optional.empty() : assignment.official(username);
        if (self.isEmpty()) {
            return byRoles;
        }
        Instant now = clock.instant();
        Set<String> colleagues = em.createQuery("""
                        select g from ColleagueGrant g
                        where g.grantee = :grantee and g.bodyCode = :body and g.revokedAt is null""", ColleagueGrant.class)
                .setParameter("grantee", username)
                .setParameter("body", self.get().getBody().getCode())
                .getResultStream().filter(g -> g.isInForceAt(now)).map(ColleagueGrant::getColleague)
                .collect(Collectors.toUnmodifiableSet());
        return new WorkScope(username, false, self.get().isHead() ? self.get().getBody().getCode() : null, colleagues);
    }

    /** The head of {@code bodyCode} lets {@code grantee} see and act on {@code colleague}'s appeals. */
    public ColleagueGrant grant(String bodyCode, String head, String grantee, String colleague, String reason, Instant until) {
        requireHead(bodyCode, head);
        officialOf(bodyCode, grantee, "grantee");
        officialOf(bodyCode, colleague, "colleague");
        if (grantee.equals(colleague)) {
            throw Refusal.invalidField("colleague", "is the grantee: an official always sees their own appeals");
        }
        Instant now = clock.instant();
        if (until != null && !until.isAfter(now)) {
            throw Refusal.invalidField("until", "must be in the future");
        }
        ColleagueGrant grant = new ColleagueGrant(bodyCode, grantee, colleague, reason, head, now, until);
        em.persist(grant);
        em.flush();
        return grant;
    }

    /** The grants of the body in force now, newest first. */
    public List<ColleagueGrant> inForce(String bodyCode) {
        Instant now = clock.instant();
        return em.createQuery("""
                        select g from ColleagueGrant g where g.bodyCode = :body and g.revokedAt is null
                        order by g.grantedAt desc, g.id desc""", ColleagueGrant.class)
                .setParameter("body", bodyCode)
                .getResultStream().filter(g -> g.isInForceAt(now)).toList();
    }

    public void revoke(String bodyCode, long id, String head) {
        requireHead(bodyCode, head);
        ColleagueGrant grant = em.find(ColleagueGrant.class, id);
        if (grant == null || !grant.getBodyCode().equals(bodyCode)) {
            throw Refusal.notFound("No grant " + id + " in " + bodyCode);
        }
        grant.revoke(head, clock.instant());
    }

    /** Refused as not found unless the body exists. */
    public void requireBody(String bodyCode) {
        if (bodyCode == null || em.find(Body.class, bodyCode) == null) {
            throw Refusal.notFound("No body " + bodyCode);
        }
    }

    /** Whether {@code username} is the head of {@code bodyCode}: who may see its grants besides supervisors. */
    public boolean isHeadOf(String bodyCode, String username) {
        return assignment.official(username).filter(o -> o.isHead() && o.getBody().getCode().equals(bodyCode)).isPresent();
    }

    private void requireHead(String bodyCode, String username) {
        if (!isHeadOf(bodyCode, username)) {
            throw Refusal.forbidden("Only the head of " + bodyCode + " grants and revokes access to colleagues' appeals");
        }
    }

    private void officialOf(String bodyCode, String username, String field) {
        if (username == null
                || assignment.official(username).filter(o -> o.isActive() && o.getBody().getCode().equals(bodyCode)).isEmpty()) {
            throw Refusal.invalidField(field, "is not an active official of " + bodyCode);
        }
    }
}
