package gov.appeals.registration.control;

import gov.appeals.platform.AppealsSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the counter rows of this year and the next written ahead (at start and every night), so
 * that the first registrations of a year, on every node at once, lock the row instead of racing to
 * insert it and failing on its key.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationYears {

    private static final Logger LOG = Logger.getLogger(RegistrationYears.class.getName());

    @Inject
    RegistrationAllocator allocator;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    @PostConstruct
    void atStart() {
        prepare();
    }

    @Schedule(hour = "0", minute = "7", persistent = false, info = "registration years ahead")
    void prepare() {
        int year = clock.instant().atZone(settings.zone()).getYear();
        for (int y = year; y <= year + 1; y++) {
            int prepared = y;
            try {
                if (allocator.prepareYear(prepared)) {
                    LOG.info(() -> "Registration numbers of " + prepared + " prepared");
                }
            } catch (EJBException another) {
                // Another node wrote it at the same moment: it is there, which is all this wants.
                LOG.log(Level.FINE, "Registration year " + prepared + " prepared by another node", another);
            }
        }
    }
}
