package gov.appeals.registration.control;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.registration.entity.AppealStatus;
import gov.appeals.registration.control.ApplicantMatch.Earlier;
import gov.appeals.registration.control.ApplicantMatch.Verdict;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds the earlier appeals of the same person on the same subject within the configured window. */
@Stateless
public class ApplicantMatcher {

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    public Optional<Verdict> match(ApplicantMatch who, String category, UUID receiptId, Instant now) {
        if (!who.identifiesSomeone()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        if (who.phone() != null) {
            keys.add("a.matchPhone = :phone");
        }
        if (who.email() != null) {
            keys.add("a.matchEmail = :email");
        }
        if (who.nationalId() != null) {
            keys.add("a.matchNationalId = :nationalId");
        }
        TypedQuery<Object[]> query = em.createQuery("""
                select a.id, a.status, a.answerOutcome, a.registeredAt
                from Appeal a
                where a.category.code = :category and a.registeredAt >= :since and a.receiptId <> :receipt
                  and (""" + String.join(" or ", keys) + ")", Object[].class)
                .setParameter("category", category)
                .setParameter("since", now.minus(Duration.ofDays(settings.repeatWindowDays())))
                .setParameter("receipt", receiptId)
                .setMaxResults(50);
        if (who.phone() != null) {
            query.setParameter("phone", who.phone());
        }
        if (who.email() != null) {
            query.setParameter("email", who.email());
        }
        if (who.nationalId() != null) {
            query.setParameter("nationalId", who.nationalId());
        }
        List<Earlier> earlier = query.getResultList().stream()
                .map(row -> new Earlier((Long) row[0], (AppealStatus) row[1], row[2] != null, (Instant) row[3]))
                .toList();
        return ApplicantMatch.judge(earlier);
    }
}
