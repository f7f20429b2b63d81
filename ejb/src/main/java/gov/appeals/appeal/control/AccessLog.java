package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.PersonalDataAccess;
import gov.appeals.platform.persistence.NativeValues;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The access log of personal data: every read of an appeal's personal data, text or files, kept
 * as a chain. A read writes its entry with the read; sealing then gives entries, in turn, a place
 * in the chain and a hash (HMAC-SHA-256 under the office's key) of the entry and the hash before
 * it. An entry edited or removed afterwards no longer matches its hash or leaves a gap, and the
 * chain cannot be rewritten to match without the key, which is not in the database. The chain's
 * head (its last position and hash) is sealed under the key too, so that the newest entries cannot
 * be cut off by rewinding it; and it is published out of the database ({@link PublishedHeads}),
 * so that even a holder of the key cannot cut them off unseen.
 */
@Stateless
public class AccessLog {

    public static final String APPEAL = "APPEAL";
    public static final String NOTIFICATIONS = "NOTIFICATIONS";
    public static final String ATTACHMENTS = "ATTACHMENTS";
    public static final String ATTACHMENT = "ATTACHMENT";
    /** A desk saw that the caller made this appeal (its number, date, subject and status) while taking a new one. */
    public static final String CALLER_HISTORY = "CALLER_HISTORY";
    /** A dispatcher's search found this appeal by what it knew of the applicant or the text. */
    public static final String SEARCH = "SEARCH";

    /** Entries sealed in one transaction. */
    static final int SEAL_BATCH = 1_000;
    static final int VERIFY_PAGE = 5_000;
    static final String GENESIS = "0".repeat(64);
    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLogKey key;

    @Inject
    PublishedHeads published;

    /**
     * How the whole chain stands: sealed entries checked, the first broken one, entries not sealed
     * yet; and the last head this node published, which the chain must still reach.
     */
    public record Verification(long sealed, long unsealed, boolean intact, Long firstBrokenPosition, Long firstBrokenEntry,
            String problem, Instant lastSealedAt, Long publishedPosition, Instant publishedAt) {
    }

    public List<PersonalDataAccess> ofAppeal(String registrationNumber) {
        return em.createNamedQuery(PersonalDataAccess.OF_APPEAL, PersonalDataAccess.class)
                .setParameter("number", registrationNumber).getResultList();
    }

    /** The bodies whose people read the appeal: what its citizen is told, never the people. */
    public List<String> bodiesThatRead(String registrationNumber) {
        return em.createNamedQuery(PersonalDataAccess.BODIES_OF_APPEAL, String.class)
                .setParameter("number", registrationNumber).getResultList();
    }

    /**
     * Seals the next entries not yet in the chain, in the order they were written; answers how many.
     * The head row's lock makes batches of all nodes take turns.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealNextBatch() {
        Object[] head = (Object[]) em.createNativeQuery(
                "select last_position, last_hash, head_seal from access_log_seal where id = 1 for update").getSingleResult();
        long position = ((Number) head[0]).longValue();
        String previous = (String) head[1];
        @SuppressWarnings("unchecked")
        List<Object[]> entries = em.createNativeQuery("""
                        select id, at, actor, registration_number, what, address, reader_body from personal_data_access
                        where chain_position is null order by id fetch first %d rows only""".formatted(SEAL_BATCH))
                .getResultList();
        if (entries.isEmpty()) {
            if (head[2] == null && position > 0) {
                // A head sealed before heads had seals (the first start after the upgrade), or one whose seal was cleared.
                LOG.warning("The access log's head (entry " + position + ") had no seal; sealed it now. If this is not the"
                        + " first start after an upgrade, compare it with the heads published in access-log-heads.txt");
                em.createNativeQuery("update access_log_seal set head_seal = :seal where id = 1")
                        .setParameter("seal", headSeal(position, previous)).executeUpdate();
            }
            return 0;
        }
        for (Object[] e : entries) {
            position++;
            String hash = hash(position, previous, e);
            em.createNativeQuery("""
                            update personal_data_access set chain_position = :position, previous_hash = :previous,
                                entry_hash = :hash where id = :id and chain_position is null""")
                    .setParameter("position", position).setParameter("previous", previous).setParameter("hash", hash)
                    .setParameter("id", ((Number) e[0]).longValue())
                    .executeUpdate();
            previous = hash;
        }
        em.createNativeQuery("""
                        update access_log_seal set last_position = :position, last_hash = :hash, head_seal = :seal, sealed_at = :at
                        where id = 1""")
                .setParameter("position", position).setParameter("hash", previous)
                .setParameter("seal", headSeal(position, previous)).setParameter("at", Instant.now())
                .executeUpdate();
        return entries.size();
    }

    /** The chain's head as it now stands, for publishing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PublishedHeads.Head head() {
        Object[] head = (Object[]) em.createNativeQuery("select last_position, last_hash, sealed_at from access_log_seal where id = 1")
                .getSingleResult();
        Instant sealedAt = NativeValues.instant(head[2]);
        return new PublishedHeads.Head(((Number) head[0]).longValue(), (String) head[1], sealedAt == null ? Instant.EPOCH : sealedAt);
    }

    /**
     * Walks the whole chain from its start up to the head as it stood when the walk began; stops at
     * the first entry that does not hold. Entries sealed while it walks are left to the next walk.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Verification verify() {
        // Counted before the head is read, so that "none unsealed" means the head covers every entry.
        long unsealed = ((Number) em.createNativeQuery("select count(*) from personal_data_access where chain_position is null")
                .getSingleResult()).longValue();
        Object[] head = (Object[]) em.createNativeQuery(
                        "select last_position, last_hash, sealed_at, head_seal from access_log_seal where id = 1")
                .getSingleResult();
        long lastPosition = ((Number) head[0]).longValue();
        Instant sealedAt = NativeValues.instant(head[2]);
        Broken broken = new Broken(unsealed, sealedAt, published.last().orElse(null));
        long expected = 1;
        String previous = GENESIS;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> page = em.createNativeQuery("""
                            select id, at, actor, registration_number, what, address, reader_body, chain_position,
                                   previous_hash, entry_hash
                            from personal_data_access where chain_position between :from and :last
                            order by chain_position fetch first %d rows only""".formatted(VERIFY_PAGE))
                    .setParameter("from", expected).setParameter("last", lastPosition)
                    .getResultList();
            for (Object[] e : page) {
                long position = ((Number) e[7]).longValue();
                long id = ((Number) e[0]).longValue();
                if (position != expected) {
                    return broken.at(expected - 1, expected, id,
                            "entry " + expected + " of the chain is missing (the next one is " + position + ")");
                }
                if (!previous.equals(e[8]) || !hash(position, previous, e).equals(e[9])) {
                    return broken.at(expected - 1, position, id,
                            "entry " + position + " does not match its hash: it was changed after it was sealed");
                }
                if (broken.published() != null && position == broken.published().position()
                        && !broken.published().hash().equals(e[9])) {
                    return broken.at(expected - 1, position, id, "entry " + position + " is not the one published as the"
                            + " chain's head at " + broken.published().sealedAt() + ": the chain was rewritten from there");
                }
                previous = (String) e[9];
                expected++;
            }
            if (page.size() < VERIFY_PAGE) {
                break;
            }
        }
        if (expected - 1 != lastPosition || !previous.equals(head[1])) {
            return broken.at(expected - 1, expected, null,
                    "the chain ends at entry " + (expected - 1) + " but " + lastPosition + " were sealed: entries were removed");
        }
        if (lastPosition > 0 && !headSeal(lastPosition, previous).equals(head[3])) {
            return broken.at(lastPosition, lastPosition + 1, null, "the chain's head (entry " + lastPosition
                    + ") does not match its seal: it was rewound or rewritten, and entries after it may have been removed");
        }
        if (broken.published() != null && broken.published().position() > lastPosition) {
            return broken.at(lastPosition, lastPosition + 1, null, "the chain ends at entry " + lastPosition + " but entry "
                    + broken.published().position() + " was sealed and published as its head at "
                    + broken.published().sealedAt() + ": entries were removed and the head rewound with the key");
        }
        return broken.intact(lastPosition);
    }

    /** What a verification answers, with what it always reports: the unsealed entries, the last sealing, the published head. */
    private record Broken(long unsealed, Instant sealedAt, PublishedHeads.Head published) {

        Verification at(long sealed, long position, Long entry, String problem) {
            return new Verification(sealed, unsealed, false, position, entry, problem, sealedAt,
                    published == null ? null : published.position(), published == null ? null : published.sealedAt());
        }

        Verification intact(long sealed) {
            return new Verification(sealed, unsealed, true, null, null, null, sealedAt,
                    published == null ? null : published.position(), published == null ? null : published.sealedAt());
        }
    }

    /** The head's own seal: its position and hash under the office's key, so that it cannot be moved back without it. */
    String headSeal(long position, String hash) {
        return key.hmac("head\n" + position + "\n" + hash);
    }

    /** The entry's hash: its place, the hash before it and each of its values, under the office's key. */
    String hash(long position, String previous, Object[] e) {
        return key.hmac(String.join("\n", Long.toString(position), previous, String.valueOf(((Number) e[0]).longValue()),
                NativeValues.instant(e[1]).toString(), (String) e[2], (String) e[3], (String) e[4],
                e[5] == null ? "" : (String) e[5], e[6] == null ? "" : (String) e[6]));
    }
}
