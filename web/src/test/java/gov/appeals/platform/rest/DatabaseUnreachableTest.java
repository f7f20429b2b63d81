package gov.appeals.platform.rest;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * The database out of reach (answered 503 with Retry-After) is found wherever it is wrapped; no
 * other failure is taken for it (those stay a 500).
 */
class DatabaseUnreachableTest {

    @Test
    void aConnectionFailureOrAPostgresqlInRecoveryIsFoundUnderTheWrappers() {
        SQLException recovering = new SQLException("FATAL: the database system is in recovery mode", "57P03");
        assertSame(recovering, ExceptionMappers.databaseUnreachable(
                new IllegalStateException("commit failed", new RuntimeException(recovering))));
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertSame(refused, ExceptionMappers.databaseUnreachable(new RuntimeException(refused)));
        SQLTransientConnectionException pool = new SQLTransientConnectionException("no connection in time");
        assertSame(pool, ExceptionMappers.databaseUnreachable(pool));
    }

    @Test
    void otherFailuresAreNotTakenForIt() {
        assertNull(ExceptionMappers.databaseUnreachable(new SQLException("duplicate key", "23505")));
        assertNull(ExceptionMappers.databaseUnreachable(new NullPointerException()));
    }
}
