package gov.appeals.bench.ceiling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Benchmarks only: fills the database with a registered history in bulk, an equivalent of the
 * registration path documented as such (the real path at a few hundred appeals a second would
 * take most of an hour for a million). Rows look like what registration writes: numbers
 * YEAR-NNNNNN, the six subjects in the office's proportions, channels, regions, bodies, officials,
 * statuses, received in order over the year, two history entries each. They are written as the
 * deadline watch has already marked them and the summary's tally has already counted them, and
 * their counts are added to that tally by grouped queries: the application's tally folds appeals
 * in batches of a thousand in the background, which for a million at once adds minutes to the
 * load (benchmarks/README.md). The day tally is left to the administrator's recount.
 */
@Path("generate")
@Stateless
@RolesAllowed("OPERATOR")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HistoryGenerator {

    /** Callers of the generated year: a million appeals from a quarter of a million numbers. */
    static final int CALLERS = 250_000;

    private static final int CHUNK = 50_000;
    /** Generated appeals are received on the first 360 days of the year. */
    private static final int DAYS = 360;
    /** A closed generated appeal is answered 0 to 24 days after its receipt. */
    private static final int ANSWER_DAYS = 25;

    @Resource(lookup = "java:jboss/datasources/AppealsDS")
    DataSource dataSource;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String generate(@QueryParam("year") int year, @QueryParam("count") int count) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long base = idBase(s);
                workingDaysToAnswer(s, year);
                String day = "((g.n - 1) * " + DAYS + ") / " + count;
                for (int from = 1; from <= count; from += CHUNK) {
                    int to = Math.min(count, from + CHUNK - 1);
                    s.executeUpdate(appeals(postgres, year, base, from, to, day));
                    s.executeUpdate(history(base, from, to, "RECEIVED", 1));
                    s.executeUpdate(history(base, from, to, "REGISTERED", 2));
                    c.commit();
                }
                tally(s, year, base + 1, base + count);
                s.executeUpdate("drop table bench_working_days");
                c.commit();
                // The year's counter continues after the generated numbers.
                s.executeUpdate("delete from registration_counter where reg_year = " + year);
                s.executeUpdate("insert into registration_counter (reg_year, last_value) values (" + year + ", " + count + ")");
                c.commit();
                // What autovacuum does a while after a bulk load, done now so that reads are measured
                // on a settled table (statistics, visibility map for index-only scans) and not
                // against a vacuum of a million rows running in the background.
                c.setAutoCommit(true);
                if (postgres) {
                    s.execute("vacuum analyze appeal");
                    s.execute("vacuum analyze appeal_history");
                } else {
                    s.execute("analyze");
                }
            }
        }
        return "{\"generated\":" + count + ",\"seconds\":" + (System.nanoTime() - start) / 1_000_000_000.0 + "}";
    }

    /**
     * Generated ids start above 10^9 (and their history ids above 2 * 10^9), far beyond what the
     * application's sequences will hand out, so both can go on side by side.
     */
    private static long idBase(Statement s) throws SQLException {
        try (var rs = s.executeQuery("select max(id) from appeal")) {
            rs.next();
            return Math.max(rs.getLong(1), 1_000_000_000L);
        }
    }

    /**
     * The working days each generated answer took, as the answer path counts them, in a table of its
     * own for the run: (day of receipt * 25 + days to answer, working days), read by key for each
     * answered appeal. Weekends and the KG calendar's holidays from the holiday table are not working days.
     */
    private static void workingDaysToAnswer(Statement s, int year) throws SQLException {
        java.util.Set<LocalDate> holidays = new java.util.HashSet<>();
        java.util.Set<LocalDate> workingWeekendDays = new java.util.HashSet<>();
        try (var rs = s.executeQuery("select holiday_date, working_day from holiday where jurisdiction = 'KG'")) {
            while (rs.next()) {
                (rs.getBoolean(2) ? workingWeekendDays : holidays).add(rs.getObject(1, LocalDate.class));
            }
        }
        s.executeUpdate("drop table if exists bench_working_days");
        s.executeUpdate("create table bench_working_days (k integer not null primary key, days integer not null)");
        StringBuilder values = new StringBuilder("insert into bench_working_days (k, days) values ");
        for (int k = 0; k < DAYS * ANSWER_DAYS; k++) {
            LocalDate received = LocalDate.of(year, 1, 1).plusDays(k / ANSWER_DAYS);
            LocalDate answered = received.plusDays(k % ANSWER_DAYS);
            int days = 0;
            for (LocalDate d = received.plusDays(1); !d.isAfter(answered); d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (workingWeekendDays.contains(d) || !weekend && !holidays.contains(d)) {
                    days++;
                }
            }
            values.append(k == 0 ? "" : ", ").append('(').append(k).append(", ").append(days).append(')');
        }
        s.executeUpdate(values.toString());
    }

    /**
     * Appeals {@code from} to {@code to} of the year's {@code count}, received in order ({@code day},
     * an SQL expression of g.n), as an office receives them: the indexes on dates and numbers grow
     * at their end, as they do in service.
     */
    private static String appeals(boolean postgres, int year, long base, int from, int to, String day) {
        String series = postgres ? "generate_series(" + from + ", " + to + ") as g(n)"
                : "system_range(" + from + ", " + to + ") as g(n)";
        String uuid = postgres ? "gen_random_uuid()" : "random_uuid()";
        String received = postgres
                ? "(timestamp with time zone '" + year + "-01-01 09:00:00+06' + ((" + day + ") * interval '1 day') + ((g.n % 480) * interval '1 minute'))"
                : "dateadd('MINUTE', mod(g.n, 480), dateadd('DAY', " + day + ", timestamp with time zone '" + year + "-01-01 09:00:00+06'))";
        // Subjects in the proportions of domain.md (31 / 19 / 17 / 8 / 8 / 17 of 100).
        String category = "case when mod(g.n, 100) < 31 then 'COURTS_LAW_ENFORCEMENT' when mod(g.n, 100) < 50 then 'LAND_HOUSING' "
                + "when mod(g.n, 100) < 67 then 'SOCIAL' when mod(g.n, 100) < 75 then 'AWARDS_CITIZENSHIP' "
                + "when mod(g.n, 100) < 83 then 'ECONOMY' else 'OTHER' end";
        String body = "case when mod(g.n, 100) < 31 then 'PROSECUTOR_GENERAL' when mod(g.n, 100) < 50 then 'LAND_RESOURCES' "
                + "when mod(g.n, 100) < 67 then 'MIN_LABOUR_SOCIAL' when mod(g.n, 100) < 75 then 'STATE_REGISTRATION' "
                + "when mod(g.n, 100) < 83 then 'MIN_ECONOMY' else null end";
        String assignee = "case when mod(g.n, 100) < 31 then 3 + mod(g.n, 2) when mod(g.n, 100) < 50 then 17 + mod(g.n, 2) "
                + "when mod(g.n, 100) < 67 then 9 + mod(g.n, 2) when mod(g.n, 100) < 75 then 19 + mod(g.n, 2) "
                + "when mod(g.n, 100) < 83 then 15 + mod(g.n, 2) else null end";
        String channel = "case when mod(g.n, 22) < 15 then 'PHONE' when mod(g.n, 22) < 21 then 'RECEPTION' else 'RADIO' end";
        String region = "case mod(g.n, 9) when 0 then 'BISHKEK' when 1 then 'OSH_CITY' when 2 then 'BATKEN' when 3 then 'JALAL_ABAD' "
                + "when 4 then 'ISSYK_KUL' when 5 then 'NARYN' when 6 then 'OSH' when 7 then 'TALAS' else 'CHUI' end";
        String status = "case when mod(g.n, 100) >= 83 then 'REGISTERED' when mod(g.n, 7) = 0 then 'CLOSED' else 'ASSIGNED' end";
        // Due at the end of the 20th day after receipt, as every term ends (23:59:59 in the office's
        // zone); a closed appeal answered 0 to 24 days after receipt (some late), with an outcome, and
        // a third of them with the citizen's verdict.
        String endOfReceiptDay = postgres
                ? "(timestamp with time zone '" + year + "-01-01 23:59:59+06' + ((" + day + ") * interval '1 day'))"
                : "dateadd('DAY', " + day + ", timestamp with time zone '" + year + "-01-01 23:59:59+06')";
        String due = later(postgres, endOfReceiptDay, "20");
        String closed = "mod(g.n, 100) < 83 and mod(g.n, 7) = 0";
        // The deadline watch marked the open ones due soon and overdue back then, as it would have
        // in service: left unmarked, its first pass after the load marks most of a million at once.
        String noted = "case when " + closed + " then null else " + due + " end";
        String answered = "case when " + closed + " then " + later(postgres, received, "mod(g.n, " + ANSWER_DAYS + ")") + " else null end";
        String answeredIn = "case when " + closed + " then (select w.days from bench_working_days w where w.k = (" + day
                + ") * " + ANSWER_DAYS + " + mod(g.n, " + ANSWER_DAYS + ")) else null end";
        String outcome = "case when " + closed + " then case mod(g.n, 3) when 0 then 'SUPPORTED' when 1 then 'EXPLAINED' "
                + "else 'NOT_SUPPORTED' end else null end";
        String measures = "case when " + closed + " and mod(g.n, 3) = 0 then true else null end";
        String verdict = "case when " + closed + " and mod(g.n, 21) = 0 then case mod(g.n, 4) when 0 then 'SATISFIED' "
                + "when 1 then 'PARTLY' else 'NOT_SATISFIED' end else null end";
        // lpad truncates longer strings (1000000 would become 100000): pad to at least six digits only.
        // A caller per CALLERS appeals, each with four in the year: what the hotline's lookup of a
        // caller's earlier appeals finds (match_phone is the number's last nine digits, as MatchKeys keeps it).
        String caller = "lpad(cast(mod(g.n, " + CALLERS + ") as varchar), 6, '0')";
        String number = "'" + year + "-' || lpad(cast(g.n as varchar), greatest(6, length(cast(g.n as varchar))), '0')";
        return "insert into appeal (id, version, registration_number, receipt_id, channel, kind, category_code, region_code, "
                + "language, summary, status, received_at, registered_at, due_at, filed_by, body_code, assignee_id, "
                + "applicant_full_name, applicant_phone, anonymous, caller_number, match_phone, tally_pending, tallied_status, tallied_body_code, "
                + "answered_at, answer_outcome, answer_measures_taken, verdict, answer_working_days, due_soon_noted_at, overdue_noted_at) "
                + "select " + base + " + g.n, 0, " + number + ", " + uuid + ", " + channel + ", "
                + "case mod(g.n, 3) when 0 then 'COMPLAINT' when 1 then 'APPLICATION' else 'PROPOSAL' end, "
                + category + ", " + region + ", 'ru', 'Сгенерированное обращение для замеров номер ' || cast(g.n as varchar), "
                + status + ", " + received + ", " + received + ", " + due + ", 'operator', " + body + ", " + assignee + ", "
                + "'Заявитель ' || cast(g.n as varchar), '+996555' || " + caller + ", false, "
                + "'+996555' || " + caller + ", '555' || " + caller + ", false, " + status + ", " + body + ", "
                + answered + ", " + outcome + ", " + measures + ", " + verdict + ", " + answeredIn + ", " + noted + ", " + noted + " "
                + "from " + series;
    }

    /** {@code days} (an SQL expression) after the timestamp {@code at}, in either database's dialect. */
    private static String later(boolean postgres, String at, String days) {
        return postgres ? "(" + at + " + (" + days + ") * interval '1 day')" : "dateadd('DAY', " + days + ", " + at + ")";
    }

    /**
     * Adds the generated appeals to the summary's tally (V12) as its batches would: per dimension
     * and code, none as ''. Every generated appeal is registered in {@code year} in the office's
     * zone (09:00-17:00 at +06, 1 January to 26 December).
     */
    private static void tally(Statement s, int year, long firstId, long lastId) throws SQLException {
        String[][] dimensions = {{"channel", "channel"}, {"kind", "kind"}, {"category", "category_code"},
                {"region", "coalesce(region_code, '')"}, {"body", "coalesce(body_code, '')"}, {"status", "status"}};
        for (String[] d : dimensions) {
            java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
            try (var rs = s.executeQuery("select " + d[1] + ", count(*) from appeal where id between " + firstId + " and "
                    + lastId + " group by " + d[1])) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            for (var e : counts.entrySet()) {
                String key = "tally_year = " + year + " and dimension = '" + d[0] + "' and code = '" + e.getKey() + "'";
                if (s.executeUpdate("update appeal_tally set appeals = appeals + " + e.getValue() + " where " + key) == 0) {
                    s.executeUpdate("insert into appeal_tally (tally_year, dimension, code, appeals) values (" + year + ", '"
                            + d[0] + "', '" + e.getKey() + "', " + e.getValue() + ")");
                }
            }
        }
    }

    private static String history(long base, int from, int to, String action, int offset) {
        return "insert into appeal_history (id, appeal_id, at, action, actor, detail) "
                + "select a.id * 2 + " + offset + ", a.id, a.registered_at, '" + action
                + "', 'system', 'generated' from appeal a where a.id between " + (base + from) + " and " + (base + to);
    }
}
