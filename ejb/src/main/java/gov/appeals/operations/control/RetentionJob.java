package gov.appeals.operations.control;

import gov.appeals.platform.RepeatingJob;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pseudonymises the appeals closed longer ago than the office keeps personal data
 * ({@code appeals.retention.years}, 5 by default; 0 keeps everything), once an hour on every node,
 * and clears the submissions as old that never became an appeal (rejected, dead letters). A run
 * does at most a minute of batches; the next run goes on where it stopped.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob extends RepeatingJob {

    static final long PAUSE_MS = 3_600_000;
    static final long RUN_LIMIT_MS = 60_000;

    @Inject
    PersonalDataRemoval removal;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "appeals.retention.years", defaultValue = "5")
    int years;

    /**
     * What a run did: the appeals pseudonymised, the submissions without an appeal cleared, the
     * moment before which; skipped when a run was going on or retention is off.
     */
    public record Run(int pseudonymised, int submissionsCleared, Instant closedBefore, boolean skipped) {
    }

    @Override
    protected long pauseMillis() {
        return PAUSE_MS;
    }

    @Override
    protected String jobName() {
        return "retention of personal data";
    }

    @Override
    protected void runOnce() {
        runNow();
    }

    /** Pseudonymises now what is due (at most a minute of it), for an administrator. */
    public Run runNow() {
        if (years <= 0) {
            return new Run(0, 0, null, true);
        }
        Instant closedBefore = ZonedDateTime.now(clock).minusYears(years).toInstant();
        return exclusively(() -> new Run(batchesUntilDone(() -> removal.pseudonymiseNextBatch(closedBefore), RUN_LIMIT_MS),
                        removal.clearSubmissionsWithoutAppeal(closedBefore), closedBefore, false))
                .orElseGet(() -> new Run(0, 0, closedBefore, true));
    }
}
