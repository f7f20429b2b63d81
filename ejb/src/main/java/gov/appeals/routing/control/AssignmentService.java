package gov.appeals.routing.control;

import gov.appeals.routing.entity.Official;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assigns an appeal to the official of a body with the fewest open appeals, ties broken by name.
 */
@Stateless
public class AssignmentService {

    static final Comparator<Official> LEAST_LOADED = Comparator.comparingInt(Official::getOpenAppeals)
            .thenComparing(Official::getFullName)
            .thenComparing(Official::getUsername);

    @PersistenceContext
    EntityManager em;

    /**
     * Chooses and charges an official in the caller's transaction. The body's officials are locked
     * (in id order, so concurrent registrations cannot deadlock) so that two registrations running
     * at once never both see the same official as least loaded.
     */
    public Optional<Official> assignWithin(String bodyCode) {
        Optional<Official> chosen = chooseWithin(bodyCode);
        chosen.ifPresent(Official::appealAssigned);
        return chosen;
    }

    /**
     * The least-loaded official of the body, locked like {@link #assignWithin} but not yet charged:
     * the appeal charges whoever it is handed to. The head hands work out and gets none by routing,
     * unless the body has no one else.
     */
    public Optional<Official> chooseWithin(String bodyCode) {
        List<Official> officials = em.createNamedQuery(Official.ACTIVE_OF_BODY, Official.class)
                .setParameter("body", bodyCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return leastLoaded(officials);
    }

    /** Charges a named official (a duplicate goes to whoever has the original), if still active. */
    public Optional<Official> assignTo(long officialId) {
        Official official = em.find(Official.class, officialId, LockModeType.PESSIMISTIC_WRITE);
        if (official == null || !official.isActive()) {
            return Optional.empty();
        }
        official.appealAssigned();
        return Optional.of(official);
    }

    /** The official of this account, with their body; empty for an account that is no official. */
    public Optional<Official> official(String username) {
        return em.createQuery("select o from Official o join fetch o.body where o.username = :u", Official.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    /** The official of this account, locked so their load can be charged; empty when there is none. */
    public Optional<Official> lockedForHandOver(String username) {
        return em.createQuery("select o from Official o where o.username = :u", Official.class)
                .setParameter("u", username).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    static Optional<Official> leastLoaded(List<Official> officials) {
        List<Official> staff = officials.stream().filter(o -> !o.isHead()).toList();
        return (staff.isEmpty() ? officials : staff).stream().min(LEAST_LOADED);
    }
}
