package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The reception desk's slip, the radio producer's table, the registry clerk's letter with its
 * pages, and the citizen's own page, each as its person would work it in a real browser.
 */
@RunAsClient
class FrontDesksIT extends DeskIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void receptionFilesAVisitAndPrintsTheSlipInTheCitizensLanguageWithTheDueDate() throws Exception {
        signInTo("reception", "#appeal-form");
        assertEquals("ticketNumber", browser.focused());
        String marker = "slip-" + UUID.randomUUID();
        browser.find("#ticketNumber").sendKeys("A-" + random6());
        browser.script("const l = document.getElementById('citizen-language'); l.value = 'ru';"
                + "l.dispatchEvent(new Event('input', {bubbles: true}))");
        browser.find("#summary").sendKeys("Прошу отремонтировать дорогу к школе " + marker);
        browser.find("#summary").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        String number = browser.awaitText("#receipt-number", t -> t.matches("\\d{4}-\\d{6}"));
        browser.awaitVisible("#print-slip");
        assertEquals(List.of(), browser.accessibilityProblems(), "the reception desk with a receipt");

        JsonObject appeal = api().get("dispatcher", "appeals/" + number).expect(200).json();
        String due = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"))
                .format(OffsetDateTime.parse(appeal.getString("dueAt")));
        for (PageSize size : List.of(new PageSize(21.0, 14.8), new PageSize(29.7, 21.0))) {
            PrintOptions options = new PrintOptions();
            options.setPageSize(size);
            byte[] pdf = Base64.getDecoder().decode(browser.driver.print(options).getContent());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertEquals(1, document.getNumberOfPages(), "one page of " + size.getWidth() + " cm: " + text);
                assertTrue(text.contains("Талон о приёме обращения"), "in the citizen's language: " + text);
                assertTrue(text.contains(number), text);
                assertTrue(text.replace(" ", "").contains(appeal.getString("accessCode")), text);
                assertTrue(text.contains(due), "the due date " + due + " in: " + text);
                assertFalse(text.contains(marker), "the slip does not repeat the text");
                assertTrue(text.matches("(?s).*Принял\\(а\\) reception, \\S+.*"), "the reception point is named: " + text);
                if (size.getWidth() < 15) {
                    Path slip = Browser.SCREENSHOTS.resolve("reception-slip-a5.pdf");
                    Files.createDirectories(slip.getParent());
                    Files.write(slip, pdf);
                }
            }
        }
        browser.screenshot("reception-desk");
    }

    @Test
    void theProducersTableIsCheckedRowByRowThenFiledOnceHoweverOftenItIsSent() throws Exception {
        signInTo("producer", "#radio-batch");
        String marker = "radio-" + UUID.randomUUID();
        browser.find("#programme").sendKeys("Эл үнү");
        browser.script("document.getElementById('airDate').value = '2026-11-30'");
        StringBuilder table = new StringBuilder("kind;summary;language;phone;answeredOnAir;onAirAnswer\n");
        for (int row = 1; row <= 50; row++) {
            String phone = row == 7 ? "not a phone" : "+996 555 " + random6();
            String summary = row == 31 ? "" : "Жарык жок, көчө " + row + " " + marker;
            table.append("APPLICATION;").append(summary).append(";ky;").append(phone).append(";no;\n");
        }
        browser.script("const t = document.getElementById('table-text'); t.value = arguments[0];"
                + "t.dispatchEvent(new Event('input', {bubbles: true}))", table.toString());
        browser.find("#check").click();
        String status = browser.awaitText("#batch-status", t -> !t.isBlank());
        assertTrue(status.startsWith("2 problems"), status);
        assertTrue(browser.find("#rows tbody tr:nth-child(7)").getText().contains("Phone"), "row 7's phone is named");
        assertTrue(browser.find("#rows tbody tr:nth-child(31)").getText().contains("Summary"), "row 31's summary is named");
        assertFalse(browser.find("#file-batch").isEnabled(), "nothing can be filed while a row is wrong");
        assertEquals(0, appealsWith(marker), "checking files nothing");
        browser.screenshot("producer-desk-errors");

        String fixed = table.toString().replace("not a phone", "+996 555 " + random6())
                .replace("APPLICATION;;ky", "APPLICATION;Суу жок " + marker + ";ky");
        for (int upload = 1; upload <= 2; upload++) {
            browser.script("const t = document.getElementById('table-text'); t.value = arguments[0];"
                    + "t.dispatchEvent(new Event('input', {bubbles: true}))", fixed);
            browser.find("#check").click();
            browser.awaitText("#batch-status", t -> t.startsWith("All 50 rows are good"));
            browser.find("#file-batch").click();
            browser.awaitText("#batch-status", t -> t.startsWith("50 appeals filed"));
            browser.await(d -> browser.driver.findElements(org.openqa.selenium.By.cssSelector("#rows tbody tr td:last-child"))
                    .stream().allMatch(c -> c.getText().matches("\\d{4}-\\d{6}")));
            assertEquals(50, appealsWith(marker), "after upload " + upload + ": the same 50 appeals");
        }
        assertEquals(List.of(), browser.accessibilityProblems(), "the producer's desk");
        browser.screenshot("producer-desk");
    }

    @Test
    void theProducersExcelTableIsReadOnTheServerThenCheckedAndFiledAsACsvIs() throws Exception {
        String marker = "xlsx-" + UUID.randomUUID();
        Path workbook = Files.createTempDirectory("table").resolve("show.xlsx");
        List<Long> phones = List.of(996_555_000_000L + random6(), 996_555_000_000L + random6(), 996_555_000_000L + random6());
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Эфир");
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            Row header = sheet.createRow(0);
            List.of("Summary", "Kind", "Phone", "Received at").forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            for (int i = 0; i < phones.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("Мектепте жылуулук жок " + (i + 1) + " " + marker);
                row.createCell(1).setCellValue("COMPLAINT");
                row.createCell(2).setCellValue(phones.get(i)); // typed as a number, as spreadsheets do
                Cell at = row.createCell(3);
                at.setCellValue(java.time.LocalDateTime.of(2026, 11, 30, 19, 5 + i));
                at.setCellStyle(dateTime);
            }
            try (var out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        assertEquals(400, api().postBytes("producer", "intake/radio/table", XLSX, "not a workbook".getBytes()).status());
        assertEquals("table", api().postBytes("producer", "intake/radio/table", XLSX, "PK not a workbook".getBytes())
                .json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, api().postBytes("operator", "intake/radio/table", XLSX, Files.readAllBytes(workbook)).status());

        signInTo("producer", "#radio-batch");
        browser.find("#programme").sendKeys("Эл үнү");
        browser.script("document.getElementById('airDate').value = '2026-11-30'");
        browser.find("#table-file").sendKeys(workbook.toString());
        browser.awaitText("#batch-status", t -> t.startsWith("All 3 rows are good"));
        String table = browser.find("#table-text").getAttribute("value");
        assertTrue(table.contains(String.valueOf(phones.get(0))), "a phone typed as a number stays whole: " + table);
        assertTrue(table.matches("(?s).*2026-11-30T19:05:00\\+\\d{2}:\\d{2}.*"), "a date cell in ISO-8601 with the office's offset: " + table);
        browser.find("#file-batch").click();
        browser.awaitText("#batch-status", t -> t.startsWith("3 appeals filed"));
        browser.await(d -> {
            try {
                return appealsWith(marker) == 3;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void theClerkFilesALetterWithTwoScannedPages() throws Exception {
        signInTo("clerk", "#appeal-form");
        String marker = "letter-" + UUID.randomUUID();
        Path dir = Files.createTempDirectory("pages");
        Path first = Files.write(dir.resolve("page-1.pdf"), ("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + marker).getBytes());
        Path second = Files.write(dir.resolve("page-2.png"), Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        Path wrong = Files.write(dir.resolve("notes.txt"), "not a scan".getBytes());
        browser.find("#letterNumber").sendKeys("01-12/" + random6());
        browser.find("#summary").sendKeys("Прошу пересмотреть начисление пенсии " + marker);
        browser.find("#pages").sendKeys(first + "\n" + second + "\n" + wrong);
        browser.awaitText("#page-list", t -> t.contains("notes.txt"));
        assertTrue(browser.find("#page-list li:nth-child(3)").getText().contains("Not a PDF, JPEG, PNG or TIFF"),
                "a file the API would refuse is said at once");
        browser.find("#page-list li:nth-child(3) button").click();
        browser.find("#file").click();
        String number = browser.awaitText("#receipt-number", t -> t.matches("\\d{4}-\\d{6}"));
        JsonObject appeal = api().get("dispatcher", "appeals/" + number).expect(200).json();
        assertEquals("WRITTEN", appeal.getString("channel"));
        assertEquals(2, api().get("dispatcher", "appeals/" + number + "/attachments").expect(200).array().size());
        assertEquals(List.of(), browser.accessibilityProblems(), "the registry's desk");
        browser.screenshot("clerk-desk");
    }

    @Test
    void theCitizenLooksTheirAppealUpWithoutSigningIn() {
        JsonObject appeal = api().fileAndRead("operator", "phone", """
                {"kind": "APPLICATION", "summary": "Кайрылуу", "language": "ky", "callerNumber": "+996 555 %d"}
                """.formatted(random6()));
        String number = appeal.getString("registrationNumber");
        browser.open(root + "lookup.html");
        browser.awaitVisible("#lookup");
        browser.script("const l = document.getElementById('language'); l.value = 'ky'; l.dispatchEvent(new Event('change'))");
        browser.awaitText("label[for=number]", "Каттоо номери"::equals);
        browser.find("#number").sendKeys(number, Keys.TAB);
        browser.driver.switchTo().activeElement().sendKeys(appeal.getString("accessCode").toLowerCase(Locale.ROOT), Keys.ENTER);
        String status = browser.awaitText("[data-value=status]", t -> !t.isBlank());
        assertTrue(List.of("Катталды", "Дайындалды").contains(status), "registered or assigned, in Kyrgyz: " + status);
        assertEquals(List.of(), browser.accessibilityProblems(), "the citizen's page in Kyrgyz");
        browser.screenshot("public-lookup");
    }

    /** Every front desk in Kyrgyz and Russian: its labels in the language, nothing axe finds serious. */
    @Test
    void everyDeskSpeaksKyrgyzAndRussian() {
        java.util.Map<String, java.util.Map<String, String>> summary = java.util.Map.of(
                "ky", java.util.Map.of("reception", "Мазмуну", "producer", "Программа", "clerk", "Мазмуну"),
                "ru", java.util.Map.of("reception", "Содержание", "producer", "Программа", "clerk", "Содержание"));
        for (String desk : List.of("reception", "producer", "clerk")) {
            signedOut();
            signInTo(desk, desk.equals("producer") ? "#radio-batch" : "#appeal-form");
            String label = desk.equals("producer") ? "label[for=programme]" : "label[for=summary]";
            for (String language : List.of("ky", "ru")) {
                browser.script("const l = document.getElementById('language'); l.value = arguments[0];"
                        + "l.dispatchEvent(new Event('change'))", language);
                browser.awaitText(label, summary.get(language).get(desk)::equals);
                assertEquals(List.of(), browser.accessibilityProblems(), desk + " in " + language);
                browser.screenshot(desk + "-desk-" + language);
            }
        }
    }

    private static int appealsWith(String marker) throws Exception {
        try (Connection db = TestDatabase.connect();
             PreparedStatement count = db.prepareStatement("select count(*) from appeal where summary like ?")) {
            count.setString(1, "%" + marker + "%");
            try (ResultSet r = count.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
