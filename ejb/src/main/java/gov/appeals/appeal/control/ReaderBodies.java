package gov.appeals.appeal.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The body each account works for, as the access log records it with every read: looked up once a
 * minute per account, not on every read. An official moved to another body is recorded under the
 * new one within a minute.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReaderBodies {

    static final long KEPT_MS = 60_000;

    private record Known(Optional<String> body, long at) {
    }

    @PersistenceContext
    EntityManager em;

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    /** The code of the body whose official {@code username} is; null for the appeals office's own staff. */
    public String bodyOf(String username) {
        long now = System.currentTimeMillis();
        Known k = known.get(username);
        if (k == null || now - k.at() > KEPT_MS) {
            k = new Known(em.createQuery("select o.body.code from Official o where o.username = :username", String.class)
                    .setParameter("username", username)
                    .getResultStream().findFirst(), now);
            known.put(username, k);
        }
        return k.body().orElse(null);
    }
}
