package gov.appeals.operations.control;

import gov.appeals.appeal.control.Reader;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.DataRemoval;
import gov.appeals.appeal.entity.PersonalDataAccess;
import gov.appeals.operations.entity.Erasure;
import gov.appeals.platform.Refusal;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Removes an applicant's personal data from appeals: the applicant's name, contacts, address and
 * ID, the caller's number, the place, the access code, the free text (the appeal's, the answer's,
 * the reasons written about it), its files and the messages to its citizen. What stays is what the
 * statistics and the links are made of: numbers, dates, channel, kind, subject, region, body,
 * status, outcome, verdict, links between appeals. Two occasions: retention (closed longer ago
 * than the office keeps personal data) and erasure of one applicant on request.
 */
@Stateless
public class PersonalDataRemoval {

    /** What stands where free text was. */
    public static final String REMOVED = "[removed]";
    /** Appeals done in one transaction by the retention job. */
    static final int RETENTION_BATCH = 200;
    /** More appeals than this for one applicant is not one person: refused, to be looked at. */
    static final int ERASURE_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What an erasure covered. */
    public record Erased(long erasureId, Instant at, List<String> registrationNumbers) {
    }

    /**
     * Pseudonymises the next closed appeals whose closing was before {@code closedBefore};
     * answers how many. Oldest first, a batch a transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int pseudonymiseNextBatch(Instant closedBefore) {
        List<Long> ids = em.createQuery("""
                        select a.id from Appeal a
                        where a.status = :closed and a.closedAt < :before and a.personalDataRemovedAt is null
                        order by a.closedAt, a.id""", Long.class)
                .setParameter("closed", AppealStatus.CLOSED)
                .setParameter("before", closedBefore)
                .setMaxResults(RETENTION_BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        removeFrom(ids);
        for (Long id : ids) {
            em.find(Appeal.class, id).personalDataRemoved(now, DataRemoval.RETENTION, "retention",
                    "closed before " + closedBefore + ", the end of the retention period");
        }
        return ids.size();
    }

    /**
     * Erases the applicant of appeal {@code registrationNumber} from every appeal of theirs: the
     * appeals with the same national ID, or without one, the same phone or e-mail (as the
     * registration's matcher tells one person); an anonymous appeal alone. Each appeal's access log
     * gets an entry of the erasure, and the erasure is kept with its reason.
     */
    public Erased erase(String registrationNumber, String reason, Reader admin) {
        Object[] keys = em.createQuery("""
                        select a.applicant.matchNationalId, a.applicant.matchPhone, a.applicant.matchEmail
                        from Appeal a where a.registrationNumber = :number""", Object[].class)
                .setParameter("number", registrationNumber)
                .getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("No appeal " + registrationNumber));
        List<Object[]> appeals = em.createQuery("""
                        select a.id, a.registrationNumber from Appeal a
                        where a.registrationNumber = :number
                           or a.applicant.matchNationalId = :nationalId
                           or (:nationalId is null and (a.applicant.matchPhone = :phone or a.applicant.matchEmail = :email))
                        order by a.id""", Object[].class)
                .setParameter("number", registrationNumber)
                .setParameter("nationalId", keys[0])
                .setParameter("phone", keys[1])
                .setParameter("email", keys[2])
                .setMaxResults(ERASURE_LIMIT + 1)
                .getResultList();
        if (appeals.size() > ERASURE_LIMIT) {
            throw Refusal.notAllowed("More than " + ERASURE_LIMIT + " appeals share this applicant's keys: that is not one"
                    + " person; nothing was erased");
        }
        List<Long> ids = appeals.stream().map(a -> (Long) a[0]).toList();
        List<String> numbers = appeals.stream().map(a -> (String) a[1]).toList();
        Instant now = clock.instant();
        removeFrom(ids);
        for (Long id : ids) {
            em.find(Appeal.class, id).personalDataRemoved(now, DataRemoval.ERASURE, admin.username(), reason);
        }
        for (String number : numbers) {
            em.persist(new PersonalDataAccess(now, admin.username(), number, "ERASURE", admin.address(), null));
        }
        Erasure erasure = new Erasure(now, admin.username(), reason, numbers);
        em.persist(erasure);
        em.flush();
        return new Erased(erasure.getId(), now, numbers);
    }

    public List<Erasure> erasures(int offset, int limit) {
        return em.createQuery("select e from Erasure e order by e.at desc, e.id desc", Erasure.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long erasureCount() {
        return em.createQuery("select count(e) from Erasure e", Long.class).getSingleResult();
    }

    /**
     * One pass of the database over the appeals and what hangs on them. Runs before their entities
     * are loaded, so what the entities write afterwards is what this left.
     */
    private void removeFrom(List<Long> ids) {
        update("""
                update appeal set applicant_full_name = null, applicant_phone = null, applicant_email = null,
                    applicant_address = null, applicant_national_id = null, match_phone = null, match_email = null,
                    match_national_id = null, caller_number = null, call_id = null, access_code = null,
                    address_string = null, address_id = null, latitude = null, longitude = null, media_url = null,
                    description_public = false, verdict_comment = null,
                    summary = :removed,
                    answer_text = case when answer_text is null then null else :removed end,
                    on_air_answer = case when on_air_answer is null then null else :removed end,
                    extension_reason = case when extension_reason is null then null else :removed end
                where id in (:ids)""", ids);
        update("update appeal_history set detail = null where appeal_id in (:ids)", ids);
        update("update appeal_redirection set reason = :removed where appeal_id in (:ids)", ids);
        update("""
                update receipt set submission = null, access_code = null
                where id in (select receipt_id from appeal where id in (:ids))""", ids);
        update("""
                update dead_letter set payload = '{}'
                where receipt_id in (select receipt_id from appeal where id in (:ids))""", ids);
        update("""
                delete from attachment_chunk where attachment_id in (
                    select f.id from attachment f where f.receipt_id in (select receipt_id from appeal where id in (:ids)))""", ids);
        update("""
                delete from attachment where receipt_id in (select receipt_id from appeal where id in (:ids))""", ids);
        // Messages not sent yet can no longer be: there is no one to send them to.
        update("delete from notification where appeal_id in (:ids) and status in ('PENDING', 'RETRYING')", ids);
        update("""
                update notification set recipient = :removed, subject = :removed, body = :removed, last_error = null
                where appeal_id in (:ids)""", ids);
    }

    private void update(String sql, List<Long> ids) {
        var query = em.createNativeQuery(sql).setParameter("ids", ids);
        if (sql.contains(":removed")) {
            query.setParameter("removed", REMOVED);
        }
        query.executeUpdate();
    }
}
