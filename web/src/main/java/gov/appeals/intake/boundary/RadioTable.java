package gov.appeals.intake.boundary;

import gov.appeals.platform.rest.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A radio producer's table of on-air appeals as an Excel workbook (.xlsx): the first sheet's cells
 * as text, the first non-blank row naming the columns, as the console reads a CSV. Nothing is
 * checked here but the shape: the rows go through the same rules as every appeal (intake/radio/checks) before
 * anything is filed. The sheet is streamed (Apache POI's event reader), so a large one is not held
 * as a workbook. Dates are written as ISO-8601 in the office's zone, whole numbers without an
 * exponent (a phone number typed as a number stays a phone number).
 */
public final class RadioTable {

    /** Ten batches of the API's 1,000: more is not one show. */
    static final int MAX_ROWS = 10_000;
    static final int MAX_COLUMNS = 50;
    static final String FIELD = "table";

    /** The sheet as the desk reads a CSV: the columns' names, then each row's cells as text. */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    private RadioTable() {
    }

    static Table read(InputStream workbook, ZoneId office) {
        Collector collector = new Collector();
        try (OPCPackage pkg = OPCPackage.open(workbook)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw InvalidRequestException.of(FIELD, "has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader(); // no DTDs, no external entities
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new Cells(office), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (TooLarge e) {
            throw InvalidRequestException.of(FIELD, e.getMessage());
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof InvalidRequestException refusal) {
                throw refusal;
            }
            throw InvalidRequestException.of(FIELD, "is not an Excel workbook (.xlsx) that can be read: save the table "
                    + "as .xlsx or CSV");
        }
        List<List<String>> lines = collector.lines.stream().filter(l -> l.stream().anyMatch(c -> !c.isBlank())).toList();
        if (lines.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        return new Table(lines.get(0), lines.subList(1, lines.size()));
    }

    /** The rows as the sheet gives them, cells by their column (a sheet leaves empty cells out). */
    private static final class Collector implements SheetContentsHandler {
        final List<List<String>> lines = new ArrayList<>();
        private List<String> row;

        @Override
        public void startRow(int rowNum) {
            if (rowNum > MAX_ROWS) {
                throw new TooLarge("has more than " + MAX_ROWS + " rows: split it");
            }
            while (lines.size() < rowNum) {
                lines.add(List.of()); // rows the sheet skipped, blank
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            lines.add(Collections.unmodifiableList(row));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw new TooLarge("has more than " + MAX_COLUMNS + " columns");
            }
            while (row.size() < column) {
                row.add("");
            }
            row.add(value == null ? "" : value.strip());
        }
    }

    /** Cells' values as the API reads them, not as a spreadsheet shows them in one country. */
    private static final class Cells extends DataFormatter {
        private final ZoneId office;

        Cells(ZoneId office) {
            super(Locale.ROOT);
            this.office = office;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                return at.toLocalTime().toSecondOfDay() == 0 && value == Math.floor(value)
                        ? at.toLocalDate().toString()
                        : at.atZone(office).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return BigDecimal.valueOf((long) value).toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
