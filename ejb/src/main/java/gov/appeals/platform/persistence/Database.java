package gov.appeals.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the application's datasource is, for the few things the two do differently:
 * PostgreSQL's own migrations (db/postgresql) and its full-text search; H2 does without.
 */
@ApplicationScoped
public class Database {

    @Resource(lookup = "java:jboss/datasources/AppealsDS")
    DataSource dataSource;

    private volatile Boolean postgresql;

    public boolean isPostgreSQL() {
        Boolean known = postgresql;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
            } catch (SQLException e) {
                throw new IllegalStateException("The database cannot be reached to learn what it is", e);
            }
            postgresql = known;
        }
        return known;
    }
}
