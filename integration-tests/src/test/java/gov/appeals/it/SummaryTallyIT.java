package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The yearly summary reads a tally kept in the background plus the appeals changed since. Whether
 * the tally has caught up or not, the summary must equal a count of the appeals themselves; and
 * once it has caught up, the tally alone must. The counts of the appeals are read from the
 * database by a probe deployment beside the application.
 */
class SummaryTallyIT extends ApplicationIT {

    private static final List<String> DIMENSIONS = List.of("channel", "kind", "category", "region", "body", "status");
    private static final Map<String, String> COLUMNS = Map.of("channel", "channel", "kind", "kind",
            "category", "category_code", "region", "region_code", "body", "body_code", "status", "status");
    /** The application's default zone (microprofile-config.properties), in which years are counted. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Bishkek");

    @Deployment(name = PROBE, order = 2)
    static WebArchive probe() {
        return Deployments.probe(SummaryTallyIT.class);
    }

    @Test
    @OperateOnDeployment(PROBE)
    void theSummaryCountsEveryAppealAsItIsNowBeforeAndAfterTheTallyCatchesUp() throws Exception {
        Api api = api();
        JsonObject routed = api.fileAndRead("operator", "phone", "{\"kind\":\"COMPLAINT\",\"region\":\"NARYN\","
                + "\"summary\":\"Не выплачивают пособие по инвалидности\",\"callerNumber\":\"+996700111222\"}");
        // No rule routes subject OTHER: it waits for a dispatcher, REGISTERED and without a body.
        String waiting = api.fileAndRead("operator", "phone", "{\"kind\":\"PROPOSAL\",\"category\":\"OTHER\","
                + "\"summary\":\"Предлагаю открыть сквер\",\"callerNumber\":\"+996700111333\"}").getString("registrationNumber");
        int year = OffsetDateTime.parse(routed.getString("registeredAt")).getYear();

        assertSummaryCountsTheAppeals(api, year);

        runTallyUntilNothingPending(api);
        assertSummaryCountsTheAppeals(api, year);
        assertEquals(countsOfTheAppeals(year), countsOfTheTallyAlone(year), "caught up, the tally alone counts every appeal");

        // A change of status and body after the tally counted the appeal: seen at once, then tallied.
        api.post("dispatcher", "appeals/" + waiting + "/routing",
                "{\"body\":\"BISHKEK_CITY_HALL\",\"reason\":\"Скверы: мэрия\"}").expect(200);
        assertSummaryCountsTheAppeals(api, year);
        runTallyUntilNothingPending(api);
        assertSummaryCountsTheAppeals(api, year);
        assertEquals(countsOfTheAppeals(year), countsOfTheTallyAlone(year));
    }

    @Test
    @OperateOnDeployment(PROBE)
    void onlyAnAdministratorOrASupervisorRunsTheTally() throws Exception {
        Api api = api();
        assertEquals(403, api.post("analyst", "admin/summary-tally/runs", "").status());
        assertEquals(403, api.post("officer", "admin/summary-tally/runs", "").status());
        JsonObject run = api.post("admin", "admin/summary-tally/runs", "").expect(200).json();
        assertTrue(run.getJsonNumber("pending").longValue() >= 0);
    }

    /**
     * The summary against a count of the appeals made just before and just after it; other tests'
     * appeals may still be registering, so a pair of counts that differ is tried again.
     */
    private static void assertSummaryCountsTheAppeals(Api api, int year) throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            Map<String, Map<String, Long>> before = countsOfTheAppeals(year);
            JsonObject summary = api.get("analyst", "reports/summary?year=" + year).expect(200).json();
            if (before.equals(countsOfTheAppeals(year))) {
                assertEquals(before, countsOfTheSummary(summary));
                assertEquals(before.get("channel").values().stream().mapToLong(Long::longValue).sum(),
                        summary.getJsonNumber("total").longValue());
                return;
            }
            Api.pause(500);
        }
        fail("appeals kept changing while the summary was read");
    }

    private static void runTallyUntilNothingPending(Api api) {
        for (int attempt = 0; attempt < 60; attempt++) {
            JsonObject run = api.post("supervisor", "admin/summary-tally/runs", "").expect(200).json();
            if (run.getJsonNumber("pending").longValue() == 0) {
                return;
            }
            Api.pause(500); // a scheduled run was going on, or other tests' appeals are arriving
        }
        fail("the tally did not catch up");
    }

    private static Map<String, Map<String, Long>> countsOfTheSummary(JsonObject summary) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        JsonObject breakdowns = summary.getJsonObject("breakdowns");
        for (String dimension : DIMENSIONS) {
            Map<String, Long> byCode = counts.computeIfAbsent(dimension, d -> new TreeMap<>());
            for (JsonValue line : breakdowns.getJsonArray(dimension)) {
                JsonObject l = line.asJsonObject();
                byCode.put(l.getString("code", ""), l.getJsonNumber("count").longValue());
            }
        }
        return counts;
    }

    private static Map<String, Map<String, Long>> countsOfTheAppeals(int year) throws Exception {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        try (Connection c = dataSource().getConnection()) {
            for (String dimension : DIMENSIONS) {
                Map<String, Long> byCode = counts.computeIfAbsent(dimension, d -> new TreeMap<>());
                String column = COLUMNS.get(dimension);
                try (PreparedStatement q = c.prepareStatement("select " + column + ", count(*) from appeal "
                        + "where registered_at >= ? and registered_at < ? group by " + column)) {
                    q.setObject(1, LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toOffsetDateTime());
                    q.setObject(2, LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toOffsetDateTime());
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            byCode.put(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2));
                        }
                    }
                }
            }
        }
        return counts;
    }

    private static Map<String, Map<String, Long>> countsOfTheTallyAlone(int year) throws Exception {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        DIMENSIONS.forEach(d -> counts.put(d, new TreeMap<>()));
        try (Connection c = dataSource().getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select dimension, code, appeals from appeal_tally where tally_year = ? and appeals <> 0")) {
            q.setInt(1, year);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3));
                }
            }
        }
        return counts;
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/AppealsDS");
    }
}
