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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Gives receipts, in one local database transaction that also holds each whole submission: once
 * it commits, what was accepted cannot be lost, whatever happens to the message that follows. A
 * receipt's id follows from the Idempotency-Key, so exactly-once never rests on two rows committed
 * together: a retry finds a receipt whose key record was lost, and writes again, under the same id,
 * one that was lost while its key record was kept (docs/operations.md, "Rows that must agree").
 */
@Stateless
public class ReceiptIssuer {

    private static final Logger LOG = Logger.getLogger(ReceiptIssuer.class.getName());

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
        Map<Integer, Receipt> given = Map.of(); // by position: the receipts the key's record already holds
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
                List<Receipt> held = em.createNamedQuery(Receipt.BY_REQUEST, Receipt.class)
                        .setParameter("request", earlier.get())
                        .getResultList();
                if (held.size() == appeals.size()) {
                    // Their messages were sent the first time, or the relay sends them.
                    return new Issued(held, List.of());
                }
                // The key's record outlived some of its receipts: those are written again below, under their own ids.
                LOG.warning(() -> "Idempotency-Key of " + filedBy + " has " + held.size() + " of its " + appeals.size()
                        + " receipts; the missing ones are written again under the same ids");
                given = held.stream().collect(Collectors.toMap(Receipt::getPosition, Function.identity()));
                request = earlier.get();
            } else {
                request = new IntakeRequest(filedBy, key.value(), key.requestHash(), channel, clock.instant());
                em.persist(request);
                // A concurrent request with the same key fails here, before any receipt is written.
                em.flush();
            }
        }
        Instant acceptedAt = clock.instant();
        Instant handedOverAt = Instant.now();
        List<Receipt> receipts = new ArrayList<>(appeals.size());
        List<HandOver> messages = new ArrayList<>(appeals.size());
        for (int position = 0; position < appeals.size(); position++) {
            if (given.containsKey(position)) {
                receipts.add(given.get(position));
                continue;
            }
            AppealSubmission appeal = appeals.get(position);
            UUID receiptId = key == null ? UUID.randomUUID() : key.receiptId(filedBy, position);
            Receipt kept = key == null ? null : em.find(Receipt.class, receiptId);
            if (kept != null) {
                // Kept by the database though the key's record was not: the same receipt, never a second one.
                kept.belongsTo(request);
                receipts.add(kept);
                LOG.warning(() -> "Receipt " + receiptId + " was kept without its Idempotency-Key record; answered again");
                continue;
            }
            if (!files.isEmpty()) {
                appeal = appeal.withAttachments(attachments.storeOnce(receiptId, files, acceptedAt));
            }
            String json = IntakeMessageJson.toJson(new IntakeMessage(receiptId, filedBy, acceptedAt, appeal));
            Receipt receipt = new Receipt(receiptId, channel, filedBy, acceptedAt, request, position, json, handedOverAt);
            em.persist(receipt);
            receipts.add(receipt);
            messages.add(HandOver.first(receiptId, channel, json));
        }
        return new Issued(receipts, messages);
    }
}
