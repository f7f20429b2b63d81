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
        List<Official> officials = em.createNamedQuery(Official.ACTIVE_OF_BODY, Official.class)
                .setParameter("body", bodyCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Optional<Official> chosen = leastLoaded(officials);
        chosen.ifPresent(Official::appealAssigned);
        return chosen;
    }

    static Optional<Official> leastLoaded(List<Official> officials) {
        return officials.stream().min(LEAST_LOADED);
    }
}
