package gov.appeals.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A connection of the test's own to the server's database, beside the application: for a test that
 * changes a row behind its back. H2 through the file's automatic server (the test server is started
 * with AUTO_SERVER=TRUE), PostgreSQL from the same environment the server reads.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static Connection connect() throws SQLException {
        if ("postgresql".equals(System.getProperty("appeals.database"))) {
            String url = "jdbc:postgresql://" + env("POSTGRESQL_HOST", "127.0.0.1") + ":" + env("POSTGRESQL_PORT", "5432")
                    + "/" + env("POSTGRESQL_DATABASE", "appeals");
            return DriverManager.getConnection(url, env("POSTGRESQL_USER", "appeals"), env("POSTGRESQL_PASSWORD", "appeals"));
        }
        String file = System.getProperty("it.server.dir") + "/standalone/data/appeals/appeals";
        return DriverManager.getConnection("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "sa");
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
