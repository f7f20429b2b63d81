package gov.appeals.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects before anything else touches it: WildFly
 * holds message delivery to the MDBs until startup singletons are initialised, so an appeal
 * waiting on the queue is never registered against an old schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/AppealsDS")
    DataSource dataSource;

    @Inject
    Database database;

    @PostConstruct
    void migrate() {
        // db/postgresql: what only PostgreSQL has (its full-text index), numbered with the rest.
        String[] locations = database.isPostgreSQL()
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                // The EJB timer service keeps its table (JBOSS_EJB_TIMER) in this database and may
                // create it before the first migration runs: an empty history then starts below V1,
                // so every migration still runs (and fails loudly if our own tables already exist).
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        if (!database.isPostgreSQL()) {
            LOG.warning("The embedded H2 database is for trying the system and for tests; an office runs PostgreSQL"
                    + " (docs/operations.md, \"Run it for real\"): H2 can lose part of a committed transaction to kill -9");
        }
    }
}
