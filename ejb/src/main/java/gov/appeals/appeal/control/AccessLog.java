package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.PersonalDataAccess;
import gov.appeals.platform.persistence.NativeValues;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The access log of personal data: every read of an appeal's personal data, text or files, kept
 * as a chain. A read writes its entry with the read; sealing then gives entries, in turn, a place
 * in the chain and a hash (HMAC-SHA-256 under the office's key) of the entry and the hash before
 * it. An entry edited or removed afterwards no longer matches its hash or leaves a gap, and the
 * chain cannot be rewritten to match without the key, which is not in the database.
 */
@Stateless
public class AccessLog {

    public static final String APPEAL = "APPEAL";
    public static final String NOTIFICATIONS = "NOTIFICATIONS";
    public static final String ATTACHMENTS = "ATTACHMENTS";
    public static final String ATTACHMENT = "ATTACHMENT";

    /** Entries sealed in one transaction. */
    static final int SEAL_BATCH = 1_000;
    static final int VERIFY_PAGE = 5_000;
    static final String GENESIS = "0".repeat(64);
    /** The key of the demo set-up; a real office sets its own (appeals.access-log.key / APPEALS_ACCESS_LOG_KEY). */
    static final String DEMO_KEY = "appeals-demo-access-log-key";

    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "appeals.access-log.key", defaultValue = DEMO_KEY)
    String key;

    /** How the whole chain stands: sealed entries checked, the first broken one, entries not sealed yet. */
    public record Verification(long sealed, long unsealed, boolean intact, Long firstBrokenPosition, Long firstBrokenEntry,
            String problem, Instant lastSealedAt) {
    }

    @PostConstruct
    void warnOfTheDemoKey() {
        if (DEMO_KEY.equals(key)) {
            LOG.warning("The access log is sealed with the demo key: set appeals.access-log.key (APPEALS_ACCESS_LOG_KEY) in production");
        }
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
                "select last_position, last_hash from access_log_seal where id = 1 for update").getSingleResult();
        long position = ((Number) head[0]).longValue();
        String previous = (String) head[1];
        @SuppressWarnings("unchecked")
        List<Object[]> entries = em.createNativeQuery("""
                        select id, at, actor, registration_number, what, address, reader_body from personal_data_access
                        where chain_position is null order by id fetch first %d rows only""".formatted(SEAL_BATCH))
                .getResultList();
        if (entries.isEmpty()) {
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
        em.createNativeQuery("update access_log_seal set last_position = :position, last_hash = :hash, sealed_at = :at where id = 1")
                .setParameter("position", position).setParameter("hash", previous).setParameter("at", Instant.now())
                .executeUpdate();
        return entries.size();
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
        Object[] head = (Object[]) em.createNativeQuery("select last_position, last_hash, sealed_at from access_log_seal where id = 1")
                .getSingleResult();
        long lastPosition = ((Number) head[0]).longValue();
        Instant sealedAt = NativeValues.instant(head[2]);
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
                    return new Verification(expected - 1, unsealed, false, expected, id,
                            "entry " + expected + " of the chain is missing (the next one is " + position + ")", sealedAt);
                }
                if (!previous.equals(e[8]) || !hash(position, previous, e).equals(e[9])) {
                    return new Verification(expected - 1, unsealed, false, position, id,
                            "entry " + position + " does not match its hash: it was changed after it was sealed", sealedAt);
                }
                previous = (String) e[9];
                expected++;
            }
            if (page.size() < VERIFY_PAGE) {
                break;
            }
        }
        if (expected - 1 != lastPosition || !previous.equals(head[1])) {
            return new Verification(expected - 1, unsealed, false, expected, null,
                    "the chain ends at entry " + (expected - 1) + " but " + lastPosition + " were sealed: entries were removed",
                    sealedAt);
        }
        return new Verification(lastPosition, unsealed, true, null, null, null, sealedAt);
    }

    /** The entry's hash: its place, the hash before it and each of its values, under the office's key. */
    String hash(long position, String previous, Object[] e) {
        String text = String.join("\n", Long.toString(position), previous, String.valueOf(((Number) e[0]).longValue()),
                NativeValues.instant(e[1]).toString(), (String) e[2], (String) e[3], (String) e[4],
                e[5] == null ? "" : (String) e[5], e[6] == null ? "" : (String) e[6]);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
        }
    }
}
