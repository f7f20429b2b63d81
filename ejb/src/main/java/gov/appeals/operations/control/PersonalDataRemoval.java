package gov.appeals.operations.control;

import gov.appeals.appeal.control.Reader;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.DataRemoval;
import gov.appeals.appeal.entity.MatchKeys;
import gov.appeals.appeal.entity.PersonalDataAccess;
import gov.appeals.intake.control.IntakeMessageJson;
import gov.appeals.intake.control.Receipts;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.operations.entity.Erasure;
import gov.appeals.platform.Refusal;
import gov.appeals.registration.entity.DeadLetter;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    @Inject
    Receipts receipts;

    /** What an erasure covered. */
    public record Erased(long erasureId, Instant at, List<String> registrationNumbers, int submissionsWithoutAppeal) {
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
     * Erases the applicant of appeal {@code registrationNumber} from every appeal of theirs, and from
     * the submissions of theirs that never became an appeal (rejected, or a dead letter). The person
     * is every key the appeal has: an appeal with the same national ID is theirs; one with the same
     * phone or e-mail is theirs too unless it carries another national ID, which makes it someone
     * else's (a family's shared phone). An anonymous appeal is erased alone. Each appeal's access
     * log gets an entry of the erasure, and the erasure is kept with its reason.
     */
    public Erased erase(String registrationNumber, String reason, Reader admin) {
        MatchKeys person = em.createQuery("""
                        select a.applicant.matchPhone, a.applicant.matchEmail, a.applicant.matchNationalId
                        from Appeal a where a.registrationNumber = :number""", Object[].class)
                .setParameter("number", registrationNumber)
                .getResultStream().findFirst()
                .map(k -> new MatchKeys((String) k[0], (String) k[1], (String) k[2]))
                .orElseThrow(() -> Refusal.notFound("No appeal " + registrationNumber));
        List<Object[]> appeals = appealsOf(person, registrationNumber);
        if (appeals.size() > ERASURE_LIMIT) {
            throw Refusal.notAllowed("More than " + ERASURE_LIMIT + " appeals share this applicant's keys: that is not one"
                    + " person; nothing was erased");
        }
        List<Long> ids = appeals.stream().map(a -> (Long) a[0]).toList();
        List<String> numbers = appeals.stream().map(a -> (String) a[1]).toList();
        Instant now = clock.instant();
        removeFrom(ids);
        int submissions = person.identifiesSomeone() ? eraseSubmissionsWithoutAppeal(person) : 0;
        for (Long id : ids) {
            em.find(Appeal.class, id).personalDataRemoved(now, DataRemoval.ERASURE, admin.username(), reason);
        }
        for (String number : numbers) {
            em.persist(new PersonalDataAccess(now, admin.username(), number, "ERASURE", admin.address(), null));
        }
        Erasure erasure = new Erasure(now, admin.username(), reason, numbers, submissions);
        em.persist(erasure);
        em.flush();
        return new Erased(erasure.getId(), now, numbers, submissions);
    }

    /** The appeals of the person, oldest first: at most one more than the limit, which tells that there are too many. */
    private List<Object[]> appealsOf(MatchKeys person, String registrationNumber) {
        List<String> contacts = new ArrayList<>();
        if (person.phone() != null) {
            contacts.add("a.applicant.matchPhone = :phone");
        }
        if (person.email() != null) {
            contacts.add("a.applicant.matchEmail = :email");
        }
        String theirs = "a.registrationNumber = :number";
        if (person.nationalId() != null) {
            theirs += " or a.applicant.matchNationalId = :nationalId";
        }
        if (!contacts.isEmpty()) {
            theirs += " or ((" + String.join(" or ", contacts) + ")"
                    + (person.nationalId() == null ? "" : " and (a.applicant.matchNationalId is null or a.applicant.matchNationalId = :nationalId)")
                    + ")";
        }
        TypedQuery<Object[]> query = em.createQuery("select a.id, a.registrationNumber from Appeal a where " + theirs
                        + " order by a.id", Object[].class)
                .setParameter("number", registrationNumber)
                .setMaxResults(ERASURE_LIMIT + 1);
        if (person.phone() != null) {
            query.setParameter("phone", person.phone());
        }
        if (person.email() != null) {
            query.setParameter("email", person.email());
        }
        if (person.nationalId() != null) {
            query.setParameter("nationalId", person.nationalId());
        }
        return query.getResultList();
    }

    /**
     * The person's submissions that no appeal holds: a rejected receipt's stored submission, a dead
     * letter never replayed. They are few, so each is read and judged by the same keys as an appeal.
     */
    private int eraseSubmissionsWithoutAppeal(MatchKeys person) {
        int erased = 0;
        for (Receipt receipt : receipts.rejectedWithSubmission()) {
            if (submittedBy(receipt.getSubmission(), person)) {
                receipts.forgetSubmissions(List.of(receipt.getId()));
                update("update dead_letter set payload = '{}', error = null where receipt_id = :id", receipt.getId());
                update("update delivery_failure set error = :removed where receipt_id = :id", receipt.getId());
                erased++;
            }
        }
        for (DeadLetter letter : em.createQuery("select d from DeadLetter d where d.payload <> '{}'", DeadLetter.class)
                .getResultList()) {
            if (submittedBy(letter.getPayload(), person)) {
                update("update dead_letter set payload = '{}', error = null where id = :id", letter.getId());
                if (letter.getReceiptId() != null) {
                    update("update delivery_failure set error = :removed where receipt_id = :id", letter.getReceiptId());
                }
                erased++;
            }
        }
        return erased;
    }

    /** Whether a stored intake message is this person's, by the keys an appeal would have got from it. */
    private static boolean submittedBy(String message, MatchKeys person) {
        MatchKeys keys;
        try {
            keys = MatchKeys.of(IntakeMessageJson.fromJson(message).appeal());
        } catch (RuntimeException unreadable) {
            return false; // not a submission: nothing of a person to find in it
        }
        if (person.nationalId() != null && person.nationalId().equals(keys.nationalId())) {
            return true;
        }
        boolean sameContact = person.phone() != null && person.phone().equals(keys.phone())
                || person.email() != null && person.email().equals(keys.email());
        return sameContact && (keys.nationalId() == null || person.nationalId() == null);
    }

    /**
     * Clears what no appeal holds and is older than {@code before}: the submissions of rejected
     * receipts and the payloads of dead letters never replayed, with their error texts. Answers
     * how many rows were cleared.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int clearSubmissionsWithoutAppeal(Instant before) {
        return receipts.forgetRejectedSubmissions(before)
                + em.createNativeQuery("""
                        update dead_letter set payload = '{}', error = null
                        where dead_at < :before and (payload <> '{}' or error is not null)""")
                    .setParameter("before", before).executeUpdate()
                + em.createNativeQuery("""
                        update delivery_failure set error = :removed where at < :before and error <> :removed""")
                    .setParameter("before", before).setParameter("removed", REMOVED).executeUpdate();
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
        receipts.forgetSubmissions(em.createQuery("select a.receiptId from Appeal a where a.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
        update("""
                update dead_letter set payload = '{}', error = null
                where receipt_id in (select receipt_id from appeal where id in (:ids))""", ids);
        // A failure's text can quote the submission (a name, an address).
        update("""
                update delivery_failure set error = :removed
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

    private void update(String sql, UUID receipt) {
        var query = em.createNativeQuery(sql).setParameter("id", receipt);
        if (sql.contains(":removed")) {
            query.setParameter("removed", REMOVED);
        }
        query.executeUpdate();
    }

    private void update(String sql, long deadLetter) {
        em.createNativeQuery(sql).setParameter("id", deadLetter).executeUpdate();
    }

    private void update(String sql, List<Long> ids) {
        var query = em.createNativeQuery(sql).setParameter("ids", ids);
        if (sql.contains(":removed")) {
            query.setParameter("removed", REMOVED);
        }
        query.executeUpdate();
    }
}
