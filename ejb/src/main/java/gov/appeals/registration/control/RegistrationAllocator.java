package gov.appeals.registration.control;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.registration.entity.RegistrationAllocation;
import gov.appeals.registration.entity.RegistrationCounter;
import gov.appeals.routing.control.AssignmentService;
import gov.appeals.routing.entity.Official;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Reserves a receipt's registration number and official in a transaction of its own. The year's
 * counter row and the body's officials are the rows every registration needs; here they are
 * locked only for this short, database-only transaction, instead of for the whole registration
 * and its two-phase commit with the broker.
 */
@Stateless
public class RegistrationAllocator {

    private static final Logger LOG = Logger.getLogger(RegistrationAllocator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AssignmentService assignment;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    /**
     * The reservation for the receipt: the one made by an earlier attempt, or a new one. Two
     * attempts racing for one receipt cannot both reserve: the second fails on the receipt's key,
     * rolls its locks and increments back, and finds the first one's reservation when retried.
     *
     * @param bodyCode the body the rules chose, or null when no body is chosen (nobody is assigned then)
     * @param officialId the official who must have it (a duplicate follows its original), or null to
     *            choose the least loaded of the body
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RegistrationAllocation reserve(UUID receiptId, String bodyCode, Long officialId) {
        RegistrationAllocation earlier = em.find(RegistrationAllocation.class, receiptId);
        if (earlier != null) {
            return earlier;
        }
        // The named official if still active, else (or when none is named) the body's least loaded.
        Optional<Official> official = bodyCode == null ? Optional.empty()
                : (officialId == null ? Optional.<Official>empty() : assignment.assignTo(officialId))
                        .or(() -> assignment.assignWithin(bodyCode));
        Long assignedId = official.map(Official::getId).orElse(null);
        // Officials first, then the counter: every reservation locks in this order, so none deadlock.
        Instant now = clock.instant();
        int year = now.atZone(settings.zone()).getYear();
        RegistrationCounter counter = em.find(RegistrationCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // A year RegistrationYears has not prepared (a clock moved for tests). Two racing here:
            // one insert fails and is retried.
            counter = new RegistrationCounter(year);
            em.persist(counter);
        }
        String number = counter.next();
        while (taken(number)) {
            // The counter's row lost an increment that a reservation or an appeal kept (a crash on H2):
            // the counter catches up instead of failing every registration on the number's key.
            LOG.warning("Registration number " + number + " is taken though the counter gave it; the counter moves on");
            number = counter.next();
        }
        RegistrationAllocation allocation = new RegistrationAllocation(receiptId, number, bodyCode, assignedId, now);
        em.persist(allocation);
        return allocation;
    }

    /**
     * Writes the year's counter row if it is missing, in a transaction of its own, so that the
     * year's first registrations find it and never race to insert it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean prepareYear(int year) {
        if (em.find(RegistrationCounter.class, year) != null) {
            return false;
        }
        em.persist(new RegistrationCounter(year));
        em.flush();
        return true;
    }

    private boolean taken(String number) {
        return !em.createQuery("select a.receiptId from RegistrationAllocation a where a.registrationNumber = :number")
                .setParameter("number", number).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select a.id from Appeal a where a.registrationNumber = :number")
                        .setParameter("number", number).setMaxResults(1).getResultList().isEmpty();
    }
}
