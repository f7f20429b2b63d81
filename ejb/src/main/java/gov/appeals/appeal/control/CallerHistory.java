package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.MatchKeys;
import gov.appeals.reference.entity.Category;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What a hotline or reception desk sees of a caller while taking their new appeal: their earlier
 * appeals by phone number (the applicant's phone, or the number a call came from), newest first,
 * with the number, date, subject, status and due date, and nothing of the texts or names. It warns
 * of a repeat or a duplicate while the citizen is still there; each appeal shown is recorded in the
 * access log, since that a person appealed is itself personal.
 */
@Stateless
public class CallerHistory {

    /** More than a desk reads out; a caller with more is a case for a dispatcher's search. */
    public static final int LIMIT = 20;

    /** One earlier appeal as the desk shows it. */
    public record EarlierAppeal(String registrationNumber, Instant receivedAt, Category category, AppealStatus status,
            Instant dueAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Appeals appeals;

    /** Empty for a number too short to identify anyone. */
    public List<EarlierAppeal> of(String phone, Reader reader) {
        String key = MatchKeys.phone(phone);
        if (key == null) {
            return List.of();
        }
        List<EarlierAppeal> found = em.createQuery("""
                        select new gov.appeals.appeal.control.CallerHistory$EarlierAppeal(
                            a.registrationNumber, a.matter.receivedAt, c, a.status, a.term.dueAt)
                        from Appeal a join a.matter.category c
                        where a.applicant.matchPhone = :phone
                        order by a.registeredAt desc, a.id desc""", EarlierAppeal.class)
                .setParameter("phone", key)
                .setMaxResults(LIMIT)
                .getResultList();
        found.forEach(a -> appeals.recordRead(reader, a.registrationNumber(), AccessLog.CALLER_HISTORY));
        return found;
    }
}
