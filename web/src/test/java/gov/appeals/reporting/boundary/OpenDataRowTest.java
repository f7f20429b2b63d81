package gov.appeals.reporting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.appeals.reporting.control.OpenData;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The open data's JSON rows are written column by column; the record that describes them must name the same columns. */
class OpenDataRowTest {

    @Test
    void theDescribedRowHasTheOpenDataColumnsInTheirOrder() {
        assertEquals(OpenData.COLUMNS, Stream.of(ReportsResource.OpenDataRow.class.getRecordComponents())
                .map(RecordComponent::getName).toList());
    }
}
