package gov.appeals.open311.control;

import gov.appeals.open311.entity.Open311Key;
import gov.appeals.platform.Page;
import gov.appeals.platform.Refusal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Issues, lists and revokes the keys of Open311 clients, and recognises a key a client sends. */
@Stateless
public class Open311Keys {

    /** Marks the string as an Open311 key of this office, for secret scanners and for people reading logs. */
    static final String KEY_PREFIX = "o311_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A key as issued: the key itself travels only in this answer. */
    public record IssuedKey(Open311Key key, String secret) {
    }

    public IssuedKey issue(String client, int requestsPerMinute, String by) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Open311Key key = Open311Key.issued(client, secret, requestsPerMinute, by, clock.instant());
        em.persist(key);
        return new IssuedKey(key, secret);
    }

    /** The keys issued, newest first, revoked ones too. */
    public Page<Open311Key> page(int page, int size) {
        List<Open311Key> keys = em.createNamedQuery(Open311Key.ALL, Open311Key.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(k) from Open311Key k", Long.class).getSingleResult();
        return new Page<>(keys, page, size, total);
    }

    public Open311Key revoke(long id, String by) {
        Open311Key key = em.find(Open311Key.class, id);
        if (key == null) {
            throw Refusal.notFound("No Open311 key " + id);
        }
        key.revoke(by, clock.instant());
        return key;
    }

    /** The key a client sent, if it is one of ours and not revoked. */
    public Optional<Open311Key> active(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(Open311Key.BY_HASH, Open311Key.class)
                .setParameter("hash", Open311Key.hash(secret.strip()))
                .getResultStream().filter(Open311Key::isActive).findFirst();
    }
}
