package gov.appeals.publiclookup.control;

import gov.appeals.appeal.control.AccessLog;
import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.reference.entity.Body;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a citizen may learn of their appeal without signing in, given its number and access code:
 * where it stands and by when, never a name, a text or who handles it.
 */
@Stateless
public class PublicLookup {

    @Inject
    Appeals appeals;

    @Inject
    AccessLog accessLog;

    @PersistenceContext
    EntityManager em;

    public record PublicStatus(String registrationNumber, AppealStatus status, Instant receivedAt, Instant dueAt,
            Instant answeredAt, Body body, List<Body> readBy) {
    }

    /** Empty for an unknown number and for a wrong code alike. */
    public Optional<PublicStatus> find(String registrationNumber, String accessCode) {
        if (registrationNumber == null || accessCode == null) {
            return Optional.empty();
        }
        return appeals.forPublicLookup(registrationNumber.strip())
                .filter(a -> a.opensWith(accessCode))
                .map(a -> new PublicStatus(a.getRegistrationNumber(), a.getStatus(), a.getMatter().receivedAt(), a.getTerm().dueAt(),
                        a.getAnswer() == null ? null : a.getAnswer().at(), a.getCustody().body(), bodiesThatRead(a.getRegistrationNumber())));
    }

    /** The bodies whose people read the appeal's personal data (the access log), not the people. */
    private List<Body> bodiesThatRead(String registrationNumber) {
        return accessLog.bodiesThatRead(registrationNumber).stream().map(code -> em.find(Body.class, code))
                .filter(Objects::nonNull).toList();
    }
}
