package gov.appeals.intake.control;

import gov.appeals.intake.entity.IntakeMessage;
import gov.appeals.intake.entity.IntakeRequest;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.platform.Refusal;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Channel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives receipts, in one local database transaction that also holds each whole submission: once
 * it commits, what was accepted cannot be lost, whatever happens to the message that follows.
 */
@Stateless
public class ReceiptIssuer {

    /** Receipts given now, with the messages to send once they have committed; none for a repeated key. */
    public record Issued(List<Receipt> receipts, List<HandOver> toHandOver) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Attachments attachments;

    @Inject
    Clock clock;

    /**
     * @param filedBy the signed-in account taking the appeals down
     * @param key the client's Idempotency-Key, or null
     * @param appeals one appeal, or a radio batch, all of {@code channel}
     * @param files the files that came with a single appeal, committed with its receipt
     * @throws Refusal when the key was used before for another request
     */
    public Issued issue(String filedBy, Channel channel, IdempotencyKey key, List<AppealSubmission> appeals,
            List<IncomingFile> files) {
        if (!files.isEmpty() && appeals.size() != 1) {
            throw new IllegalArgumentException("Files come with a single appeal, not with " + appeals.size());
        }
        IntakeRequest request = null;
        if (key != null) {
            Optional<IntakeRequest> earlier = em.createNamedQuery(IntakeRequest.BY_KEY, IntakeRequest.class)
                    .setParameter("filedBy", filedBy)
                    .setParameter("key", key.value())
                    .getResultStream().findFirst();
            if (earlier.isPresent()) {
                if (!earlier.get().sameContentAs(key.requestHash(), channel)) {
                    throw Refusal.notAllowed("Idempotency-Key \"" + key.value()
                            + "\" was already used by this account for a different request");
                }
                // Their messages were sent the first time, or the relay sends them.
                return new Issued(em.createNamedQuery(Receipt.BY_REQUEST, Receipt.class)
                        .setParameter("request", earlier.get())
                        .getResultList(), List.of());
            }
            request = new IntakeRequest(filedBy, key.value(), key.requestHash(), channel, clock.instant());
            em.persist(request);
            // A concurrent request with the same key fails here, before any receipt is written.
            em.flush();
        }
        Instant acceptedAt = clock.instant();
        Instant handedOverAt = Instant.now();
        List<Receipt> receipts = new ArrayList<>(appeals.size());
        List<HandOver> messages = new ArrayList<>(appeals.size());
        for (AppealSubmission appeal : appeals) {
            UUID receiptId = UUID.randomUUID();
            if (!files.isEmpty()) {
                appeal = appeal.withAttachments(attachments.store(receiptId, files, acceptedAt));
            }
            String json = IntakeMessageJson.toJson(new IntakeMessage(receiptId, filedBy, acceptedAt, appeal));
            Receipt receipt = new Receipt(receiptId, channel, filedBy, acceptedAt, request, receipts.size(), json, handedOverAt);
            em.persist(receipt);
            receipts.add(receipt);
            messages.add(HandOver.first(receiptId, channel, json));
        }
        return new Issued(receipts, messages);
    }
}
