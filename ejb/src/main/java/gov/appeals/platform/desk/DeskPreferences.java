package gov.appeals.platform.desk;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The desk languages accounts chose: one row per account, changed in place. */
@Stateless
public class DeskPreferences {

    /** The languages a desk is written in. */
    public static final Set<String> DESK_LANGUAGES = Set.of("ky", "ru", "en");

    @PersistenceContext(unitName = "appeals")
    EntityManager em;

    public Optional<String> languageOf(String username) {
        return Optional.ofNullable(em.find(DeskPreference.class, username)).map(DeskPreference::language);
    }

    public void chooseLanguage(String username, String language, Instant at) {
        if (!DESK_LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("not a desk language: " + language);
        }
        DeskPreference kept = em.find(DeskPreference.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (kept == null) {
            em.persist(new DeskPreference(username, language, at));
        } else {
            kept.choose(language, at);
        }
    }
}
