package gov.appeals.registration.control;

import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.control.Appeals.Earlier;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.LinkType;
import gov.appeals.appeal.entity.MatchKeys;
import gov.appeals.platform.AppealsSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the earlier appeals of the same person on the same subject within the configured window,
 * and judges what the new appeal is to them.
 */
@Stateless
public class ApplicantMatcher {

    @Inject
    Appeals appeals;

    @Inject
    AppealsSettings settings;

    /** What a new appeal is to the earlier ones found. */
    public record Verdict(LinkType type, Earlier earlier) {
    }

    public Optional<Verdict> match(MatchKeys who, String category, UUID receiptId, Instant now) {
        if (!who.identifiesSomeone()) {
            return Optional.empty();
        }
        Instant since = now.minus(Duration.ofDays(settings.repeatWindowDays()));
        return judge(appeals.earlierOfTheSamePerson(who, category, since, receiptId));
    }

    /**
     * Still open: a duplicate of the oldest open one (the original, which one answer closes with
     * it). Otherwise, if one was answered: a repeat of the latest answered. Appeals settled at
     * intake without an answer (advice given) are neither.
     */
    static Optional<Verdict> judge(List<Earlier> earlier) {
        Optional<Earlier> open = earlier.stream().filter(e -> AppealStatus.OPEN.contains(e.status()))
                .min(Comparator.comparing(Earlier::registeredAt).thenComparing(Earlier::id));
        if (open.isPresent()) {
            return Optional.of(new Verdict(LinkType.DUPLICATE, open.get()));
        }
        return earlier.stream().filter(Earlier::answered)
                .max(Comparator.comparing(Earlier::registeredAt).thenComparing(Earlier::id))
                .map(e -> new Verdict(LinkType.REPEAT, e));
    }
}
