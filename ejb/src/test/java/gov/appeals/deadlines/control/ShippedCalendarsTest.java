package gov.appeals.deadlines.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendars as the project ships them: every migration applied to an H2 database, the
 * holiday table read back, and dates checked against the laws and decrees named in each year's
 * source (calendar_year).
 */
class ShippedCalendarsTest {

    /** Every migration, applied once for the class; each test only reads. */
    private static final String URL = "jdbc:h2:mem:shipped-calendars;DB_CLOSE_DELAY=-1";
    private static boolean migrated;

    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        synchronized (ShippedCalendarsTest.class) {
            if (!migrated) {
                Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration").load().migrate();
                migrated = true;
            }
        }
        connection = DriverManager.getConnection(URL, "sa", "sa");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            // Kyrgyzstan, Labour Code 2025: blocks of days off, no holiday moved from a weekend.
            "KG, 2026-01-02, false", "KG, 2026-01-05, false", "KG, 2026-01-06, false",
            "KG, 2026-01-08, false", "KG, 2026-01-09, false", // Cabinet decree No. 835
            "KG, 2026-02-23, true", "KG, 2026-03-09, true", "KG, 2026-03-20, false", "KG, 2026-03-23, true",
            "KG, 2026-04-07, true", "KG, 2026-05-04, false", "KG, 2026-05-08, false", "KG, 2026-05-11, true",
            "KG, 2026-08-31, false", "KG, 2026-11-09, true", "KG, 2026-11-10, true",
            "KG, 2027-01-04, false", "KG, 2027-01-06, false", "KG, 2027-02-23, true", "KG, 2027-03-22, true",
            "KG, 2027-04-07, true", "KG, 2027-05-04, false", "KG, 2027-05-07, false", "KG, 2027-05-10, true",
            "KG, 2027-11-08, true", "KG, 2027-11-09, true",
            // Kazakhstan: 30 August no longer Constitution Day; 15 March is, from 2027.
            "KZ, 2026-03-23, false", "KZ, 2026-08-31, true", "KZ, 2027-03-15, false", "KZ, 2027-08-30, true",
            "KZ, 2026-12-16, false",
            // Russia: decree No. 1466 for 2026; the Labour Code's rule for 2027.
            "RU, 2026-01-09, false", "RU, 2026-05-11, false", "RU, 2026-12-31, false", "RU, 2026-11-04, false",
            "RU, 2027-05-10, false", "RU, 2027-06-14, false", "RU, 2027-01-11, true"
    })
    void aDayIsWorkingOrNotAsTheDecreesSay(String jurisdiction, LocalDate day, boolean working) throws SQLException {
        assertEquals(working, calendar(jurisdiction).isWorkingDay(day));
    }

    @Test
    void aTermInKyrgyzstanRunsOverTheMayBlock() throws SQLException {
        // Registered on Thursday 30 April 2026: 1-9 May are off (2-3 May a weekend), so 14 working
        // days start on 11 May and, with Kurman Ait on 27 May, end on Friday 29 May.
        assertEquals(LocalDate.of(2026, 5, 29), calendar("KG").addWorkingDays(LocalDate.of(2026, 4, 30), 14));
    }

    @Test
    void everyShippedYearNamesItsSource() throws SQLException {
        Map<String, String> sources = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select jurisdiction, calendar_year, source, provisional from calendar_year")) {
            while (rs.next()) {
                sources.put(rs.getString(1) + rs.getInt(2), rs.getString(3));
            }
        }
        for (String jurisdiction : new String[] {"KG", "KZ", "RU"}) {
            for (int year = 2026; year <= 2027; year++) {
                String source = sources.get(jurisdiction + year);
                assertTrue(source != null && !source.isBlank(), jurisdiction + " " + year + " names no source");
                assertFalse(calendar(jurisdiction).yearsWithout(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                        .contains(year), jurisdiction + " " + year + " is a calendar year");
            }
        }
        assertTrue(sources.get("KG2026").contains("835"), "the decree that added 8 and 9 January 2026");
        assertTrue(calendar("KG").yearsWithout(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 31)).contains(2028),
                "2028 is not shipped, and the calendar knows it");
    }

    private WorkingDayCalendar calendar(String jurisdiction) throws SQLException {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> working = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select holiday_date, working_day from holiday where jurisdiction = '"
                        + jurisdiction + "'")) {
            while (rs.next()) {
                (rs.getBoolean(2) ? working : holidays).add(rs.getObject(1, LocalDate.class));
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select calendar_year from calendar_year where jurisdiction = '"
                        + jurisdiction + "'")) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        return new WorkingDayCalendar(holidays, working, years);
    }
}
