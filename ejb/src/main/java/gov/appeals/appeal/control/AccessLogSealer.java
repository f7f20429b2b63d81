package gov.appeals.appeal.control;

import gov.appeals.platform.RepeatingJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Seals the access log a few seconds behind the reads, on every node (the chain's head row makes
 * their batches take turns). Until sealed, an entry is not yet protected by the chain: the window
 * is these seconds.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessLogSealer extends RepeatingJob {

    static final long PAUSE_MS = 3_000;
    static final long RUN_LIMIT_MS = 10_000;

    @Inject
    AccessLog log;

    @Inject
    PublishedHeads published;

    @Override
    protected long pauseMillis() {
        return PAUSE_MS;
    }

    @Override
    protected String jobName() {
        return "access log sealing";
    }

    @Override
    protected void runOnce() {
        sealNow();
    }

    /**
     * Seals what is waiting (at most ten seconds of it), then publishes the head when it is due;
     * answers how many entries, 0 when a run was going on.
     */
    public int sealNow() {
        return exclusively(() -> {
            int sealed = batchesUntilDone(log::sealNextBatch, RUN_LIMIT_MS);
            published.publish(log.head(), Instant.now());
            return sealed;
        }).orElse(0);
    }
}
