package gov.appeals.open311.control;

import gov.appeals.appeal.control.AppealRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests waiting for their appeal to be registered, each completed by registration's event once
 * its transaction has committed on this node. Nothing is polled and no request thread is held:
 * a registration on another node leaves the wait to run out, and the client gets its token.
 */
@ApplicationScoped
public class RegistrationWaits {

    private final Map<UUID, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

    /** The registration number of the receipt's appeal, when it comes. */
    CompletableFuture<String> of(UUID receiptId) {
        return waiting.computeIfAbsent(receiptId, id -> new CompletableFuture<>());
    }

    /** The wait is over, registered or not: forget it. */
    void done(UUID receiptId, CompletableFuture<String> wait) {
        waiting.remove(receiptId, wait);
    }

    void registered(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppealRegistered event) {
        CompletableFuture<String> wait = waiting.remove(event.appeal().getReceiptId());
        if (wait != null) {
            wait.complete(event.appeal().getRegistrationNumber());
        }
    }

    int size() {
        return waiting.size();
    }
}
