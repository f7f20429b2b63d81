package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The desks behind the back office in a real browser: the supervisor's watchlists and the
 * extension decided from one, the administrator's calendar with the report read before saving,
 * the analyst's charts drawing exactly the report's numbers, and the public scorecard without
 * signing in; each in Kyrgyz and Russian, each checked by axe-core.
 */
@RunAsClient
class OversightIT extends DeskIT {

    private static final ZoneOffset BISHKEK = ZoneOffset.ofHours(6);

    /**
     * A hotline appeal on citizenship, which the State Registration Service answers (few other
     * tests file there, so its watchlists stay short).
     */
    private String citizenshipAppeal(String marker) {
        return api().fileAndRead("operator", "phone", """
                {"kind": "APPLICATION", "category": "AWARDS_CITIZENSHIP", "callerNumber": "+996 555 %d",
                 "summary": "Не выдают паспорт после восстановления гражданства %s"}"""
                .formatted(DeskIT.random6(), marker)).getString("registrationNumber");
    }

    private void moveClock(OffsetDateTime now) {
        api().put("admin", "admin/clock", "{\"now\":\"" + now + "\"}").expect(200);
    }

    /** Opens the appeal from the list, turning its pages until it shows. */
    private void openFromList(String table, String number) {
        browser.await(d -> {
            if (browser.find("#" + table + " tbody").getText().contains(number)) {
                return true;
            }
            if (browser.find("#next-page").isEnabled()) {
                browser.find("#next-page").click();
            }
            return false;
        });
        browser.driver.findElement(By.xpath("//table[@id='" + table + "']//button[text()='" + number + "']")).click();
        browser.awaitText("#case-title", t -> t.contains(number));
    }

    @Test
    void theSupervisorExtendsAnAppealDueSoonFromItsWatchlistAndIsToldWhyAnOverdueOneCannotBe() {
        String marker = "control-" + DeskIT.random6();
        String overdue = citizenshipAppeal(marker);
        String dueSoon;
        OffsetDateTime due;
        try {
            // Registered three weeks later, the second is due that much later: the day before its due
            // date (within three working days of it), the first is long past due.
            moveClock(OffsetDateTime.now(BISHKEK).plusDays(21));
            dueSoon = citizenshipAppeal(marker);
            due = OffsetDateTime.parse(api().appeal("supervisor", dueSoon).getString("dueAt"));
            moveClock(due.minusDays(1).withHour(12));
            signInTo("supervisor", "#lists");
            new Select(browser.find("#list-body")).selectByValue("STATE_REGISTRATION");
            browser.awaitText("#list-title", "Overdue"::equals);
            openFromList("watchlist", overdue);
            assertTrue(browser.find("#extend-form").getAttribute("hidden") != null, "no extension offered after the term");
            assertTrue(browser.find("#term-notice").getText().startsWith("The term ended on"), browser.find("#term-notice").getText());
            assertEquals(List.of(), browser.accessibilityProblems(), "the supervisor's overdue list");

            browser.find("#list-dueSoon").click();
            browser.awaitText("#list-title", "Due soon"::equals);
            openFromList("watchlist", dueSoon);
            browser.awaitVisible("#extend-form");
            browser.find("#extend-days").sendKeys("10");
            browser.find("#extend-reason").sendKeys("Запрошены сведения из Социального фонда");
            browser.screenshot("supervisor-desk");
            browser.find("#extend-reason").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.awaitText("#action-status", t -> t.contains("done"));
            JsonObject extended = api().appeal("supervisor", dueSoon);
            assertEquals(10, extended.getJsonObject("extension").getInt("days"));
            assertEquals(due.plusDays(10).toLocalDate(), OffsetDateTime.parse(extended.getString("dueAt")).toLocalDate());
            browser.awaitText("#term-notice", t -> t.startsWith("The term was extended already, by 10 days"));
            assertTrue(browser.find("#extend-form").getAttribute("hidden") != null, "a term is extended once");

            browser.find("#case-notifications-box summary").click();
            browser.awaitText("#case-notifications tbody", t -> !t.isBlank()); // what was sent, or that nothing was
            browser.find("#access-log-box summary").click();
            browser.awaitText("#access-log tbody", t -> t.contains("NOTIFICATIONS"));
            assertEquals(List.of(), browser.accessibilityProblems(), "the appeal extended, with its access log");
        } finally {
            api().delete("admin", "admin/clock").expect(200);
        }
    }

    @Test
    void theAdministratorMarksADayOffInNextYearsCalendarReadsTheReportAndSaves() {
        int year = LocalDate.now(BISHKEK).getYear() + 1;
        String path = "admin/calendars/KG/" + year;
        Api.Reply before = api().get("admin", path);
        try {
            // Registered on 28 December, an appeal is due in January: a day off before then moves it.
            moveClock(OffsetDateTime.of(year - 1, 12, 28, 12, 0, 0, 0, BISHKEK));
            String number = citizenshipAppeal("calendar-" + DeskIT.random6());
            LocalDate due = OffsetDateTime.parse(api().appeal("supervisor", number).getString("dueAt")).toLocalDate();
            Set<LocalDate> marked = before.status() == 200 ? before.json().getJsonArray("days").stream()
                    .map(d -> LocalDate.parse(d.asJsonObject().getString("date"))).collect(Collectors.toSet()) : Set.of();
            LocalDate workingDay = due.minusDays(1);
            while (workingDay.getDayOfWeek() == DayOfWeek.SATURDAY || workingDay.getDayOfWeek() == DayOfWeek.SUNDAY
                    || marked.contains(workingDay)) {
                workingDay = workingDay.minusDays(1);
            }
            LocalDate dayOff = workingDay;
            assertEquals(year, dayOff.getYear(), "a working day of January before " + due);

            signInTo("admin", "#months");
            assertEquals(String.valueOf(year), browser.find("#calendar-year").getAttribute("value"), "next year first");
            browser.awaitVisible("[data-date='" + dayOff + "']").click();
            browser.awaitText("#marked-days tbody", t -> !t.isBlank());
            var name = browser.find("#marked-days input[data-date='" + dayOff + "']");
            name.sendKeys("Day off by decree (test)");
            if (browser.find("#calendar-source").getAttribute("value").isBlank()) {
                browser.find("#calendar-source").sendKeys("Cabinet decree (test)");
            }
            assertTrue(browser.find("[data-date='" + dayOff + "']").getAttribute("class").contains("dayOff"));
            browser.find("#calendar-preview").click();
            String report = browser.awaitText("#report tbody", t -> t.contains(number));
            assertTrue(report.contains(number), report);
            assertFalse(api().get("admin", path).json().getJsonArray("days").stream()
                    .anyMatch(d -> d.asJsonObject().getString("date").equals(dayOff.toString())), "the check replaced nothing");
            assertEquals(List.of(), browser.accessibilityProblems(), "the calendar with its report");
            browser.screenshot("administrator-calendar");

            browser.find("#calendar-form button[type=submit]").click();
            browser.awaitText("#report-total", t -> t.startsWith("Saved."));
            assertTrue(api().get("admin", path).json().getJsonArray("days").stream()
                    .anyMatch(d -> d.asJsonObject().getString("date").equals(dayOff.toString())
                            && d.asJsonObject().getString("name").equals("Day off by decree (test)")));
        } finally {
            api().delete("admin", "admin/clock").expect(200);
            if (before.status() == 200) { // the year as it was, for the other tests' terms
                JsonObject was = before.json();
                api().put("admin", path, "{\"source\": " + Api.quote(was.getString("source")) + ", \"provisional\": "
                        + was.getBoolean("provisional") + ", \"days\": " + was.getJsonArray("days") + "}").expect(200);
            }
        }
    }

    @Test
    void theAdministratorIssuesAnOpen311KeyShownOnceAndRevokesIt() {
        signInTo("admin", "#months");
        browser.find("[data-section=keys]").click();
        String client = "Tazalyk app " + DeskIT.random6();
        browser.awaitVisible("#key-client").sendKeys(client, Keys.ENTER);
        String key = browser.awaitText("#new-key-value", t -> !t.isBlank());
        browser.awaitText("#keys tbody", t -> t.contains(client));
        assertFalse(browser.find("#keys tbody").getText().contains(key), "the key itself is shown once, not listed");
        browser.driver.findElement(By.xpath("//table[@id='keys']//tr[th[text()='" + client + "']]//button")).click();
        browser.awaitVisible("#admin-confirm");
        browser.find("#admin-confirm-yes").click();
        browser.await(d -> browser.driver.findElements(By.xpath("//table[@id='keys']//tr[th[text()='" + client + "']]//button")).isEmpty());
        JsonObject revoked = api().get("admin", "admin/open311-keys?size=200").expect(200).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(k -> k.getString("client").equals(client)).findFirst().orElseThrow();
        assertFalse(revoked.getBoolean("active"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the Open311 keys");

        for (String section : List.of("deadLetters", "erasures", "intake")) {
            browser.find("[data-section=" + section + "]").click();
            browser.awaitVisible("#section-" + section);
            assertEquals(List.of(), browser.accessibilityProblems(), "the administrator's " + section);
        }
        browser.awaitText("#intake-queued", t -> t.matches("[\\d\\s\u00a0,]+"));
    }

    @Test
    void theAnalystsChartsDrawExactlyTheReportsNumbers() {
        // At least one appeal of the year, answered, so both charts have something to draw.
        String number = api().fileAndRead("operator", "phone", """
                {"kind": "APPLICATION", "category": "SOCIAL", "callerNumber": "+996 555 %d",
                 "summary": "Пособие по уходу за ребёнком не начислено"}""".formatted(DeskIT.random6()))
                .getString("registrationNumber");
        api().assign(number, "officer");
        api().post("officer", "appeals/" + number + "/answer", "{\"text\": \"Пособие начислено.\", \"outcome\": \"SUPPORTED\","
                + " \"measuresTaken\": true}").expect(200);
        signInTo("analyst", "#period");
        browser.awaitText("#summary-table tbody", t -> !t.isBlank());
        browser.awaitText("#performance-table tbody", t -> !t.isBlank());
        String from = browser.find("#period-from").getAttribute("value");
        String to = browser.find("#period-to").getAttribute("value");

        JsonObject summary = api().get("analyst", "reports/summary?from=" + from + "&to=" + to + "&groupBy=body").expect(200).json();
        List<Long> counts = summary.getJsonArray("rows").stream().map(r -> r.asJsonObject().getJsonNumber("count").longValue()).toList();
        assertEquals(counts, chartData("summary-chart", 0), "the summary's bars are the report's counts");
        assertEquals(summary.getJsonArray("rows").size(), browser.driver.findElements(By.cssSelector("#summary-table tbody tr")).size());

        JsonObject performance = api().get("analyst", "reports/performance?from=" + from + "&to=" + to + "&groupBy=body")
                .expect(200).json();
        JsonArray rows = performance.getJsonArray("rows");
        List<String> fields = List.of("answeredOnTime", "answeredLate", "openOverdue");
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            assertEquals(rows.stream().map(r -> r.asJsonObject().getJsonNumber(field).longValue()).toList(),
                    chartData("performance-chart", i), "the performance chart's " + field);
        }
        String total = browser.find("#performance-table tfoot").getText();
        assertTrue(total.contains(String.valueOf(performance.getJsonObject("total").getJsonNumber("appeals").longValue())), total);
        assertEquals(List.of(), browser.accessibilityProblems(), "the analyst's dashboard");
        browser.screenshot("analyst-dashboard");

        new Select(browser.find("#group-by")).selectByValue("channel");
        browser.find("#period button[type=submit]").click();
        browser.awaitText("#summary-group", "Channel"::equals);
        JsonObject byChannel = api().get("analyst", "reports/summary?from=" + from + "&to=" + to + "&groupBy=channel").expect(200).json();
        assertEquals(byChannel.getJsonArray("rows").stream().map(r -> r.asJsonObject().getJsonNumber("count").longValue()).toList(),
                chartData("summary-chart", 0));
        assertTrue(browser.find("#summary-table tbody").getText().contains("Hotline"));
    }

    /** The numbers a chart draws, read from Chart.js itself (the same module the page imported). */
    @SuppressWarnings("unchecked")
    private List<Long> chartData(String canvas, int dataset) {
        Object data = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/webjars/chart.js/4.5.1/auto/auto.js').then(m => done(m.default.getChart(document.getElementById(arguments[0]))"
                + ".data.datasets[arguments[1]].data))", canvas, dataset);
        List<Long> numbers = new ArrayList<>();
        for (Object n : (List<Object>) data) {
            numbers.add(((Number) n).longValue());
        }
        return numbers;
    }

    @Test
    void thePublicScorecardNeedsNoSignInAndSaysWhyASmallBodyIsNotRated() {
        browser.open(root + "statistics.html");
        browser.awaitText("#scorecard tbody", t -> !t.isBlank());
        int year = LocalDate.now(BISHKEK).getYear();
        JsonObject statistics = api().get(null, "public/statistics?year=" + year, "Accept-Language", "en").expect(200).json();
        int minimum = statistics.getInt("minimumAppealsToRate");
        browser.awaitText("#rule", t -> t.contains("fewer than " + minimum));
        List<JsonObject> bodies = statistics.getJsonArray("bodies").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(bodies.size(), browser.driver.findElements(By.cssSelector("#scorecard tbody tr")).size());
        bodies.stream().filter(b -> "TOO_FEW_TO_RATE".equals(b.getString("rating"))).findFirst().ifPresent(small ->
                assertTrue(browser.driver.findElement(By.xpath("//table[@id='scorecard']//tr[th[text()="
                        + xpathText(small.getJsonObject("body").getString("name")) + "]]")).getText().contains("Too few appeals to rate"),
                        "the rule is said on the body's own row"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the public scorecard");
        Map<String, String> title = Map.of("ky", "Органдар жарандардын кайрылууларына кантип жооп берет",
                "ru", "Как органы отвечают на обращения граждан");
        for (String language : List.of("ky", "ru")) {
            browser.script("const l = document.getElementById('language'); l.value = arguments[0];"
                    + "l.dispatchEvent(new Event('change'))", language);
            browser.awaitText("h1", title.get(language)::equals);
            browser.await(d -> browser.find("#scorecard").getAttribute("aria-busy") == null); // the bodies named again
            assertEquals(List.of(), browser.accessibilityProblems(), "the public scorecard in " + language);
            browser.screenshot("scorecard-" + language);
        }
        browser.script("localStorage.clear()");
    }

    private static String xpathText(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Test
    void theDispatchersSupervisorsAdministratorsAndAnalystsDesksInKyrgyzAndRussian() {
        Map<String, Map<String, String>> heading = Map.of(
                "dispatcher", Map.of("ky", "Диспетчерди күтүүдө, эң эскилери биринчи", "ru", "Ждут диспетчера, самые давние первыми"),
                "supervisor", Map.of("ky", "Мөөнөтү өткөн", "ru", "Просрочены"),
                "admin", Map.of("ky", "Өндүрүштүк календарь", "ru", "Производственный календарь"),
                "analyst", Map.of("ky", "Келген кайрылуулар", "ru", "Поступило обращений"));
        Map<String, String> where = Map.of("dispatcher", "#queue-title", "supervisor", "#list-title", "admin", "#calendar-title",
                "analyst", "#summary-title");
        for (String user : List.of("dispatcher", "supervisor", "admin", "analyst")) {
            signedOut();
            signInTo(user, where.get(user));
            for (String language : List.of("ky", "ru")) {
                browser.script("const l = document.getElementById('language'); l.value = arguments[0];"
                        + "l.dispatchEvent(new Event('change'))", language);
                browser.awaitText(where.get(user), heading.get(user).get(language)::equals);
                assertEquals(List.of(), browser.accessibilityProblems(), "the " + user + "'s desk in " + language);
                browser.screenshot(user + "-desk-" + language);
            }
            api().put(user, "session/language", "{\"language\": \"en\"}").expect(204);
        }
    }
}
