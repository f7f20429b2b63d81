package gov.appeals.open311.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.appeals.open311.boundary.GeoReportDocument.Fields;
import gov.appeals.open311.boundary.GeoReportDocument.Items;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoReportDocumentTest {

    private static String written(GeoReportDocument document, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final GeoReportDocument REQUESTS = GeoReportDocument.list("service_requests", "request", List.of(
            new Fields().put("service_request_id", "2026-000007").put("status", "open")
                    .put("requested_datetime", OffsetDateTime.parse("2026-12-02T10:15:30.123+06:00"))
                    .put("lat", 42.8746).put("agency_responsible", null).put("address", "проспект Чуй, 12 & <2>")));

    @Test
    void aListIsAnArrayOfObjectsInJsonAndARootOfRepeatedElementsInXml() throws IOException {
        assertEquals("[{\"service_request_id\":\"2026-000007\",\"status\":\"open\","
                + "\"requested_datetime\":\"2026-12-02T10:15:30+06:00\",\"lat\":42.8746,\"agency_responsible\":null,"
                + "\"address\":\"проспект Чуй, 12 & <2>\"}]", written(REQUESTS, Format.JSON));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>"
                + "<service_request_id>2026-000007</service_request_id><status>open</status>"
                + "<requested_datetime>2026-12-02T10:15:30+06:00</requested_datetime><lat>42.8746</lat>"
                + "<agency_responsible/><address>проспект Чуй, 12 &amp; &lt;2&gt;</address></request></service_requests>",
                written(REQUESTS, Format.XML));
    }

    @Test
    void aSingleElementWithNestedListsFollowsTheSparkConvention() throws IOException {
        GeoReportDocument discovery = GeoReportDocument.single("discovery", new Fields()
                .put("changeset", "2026-12-02T00:00:00Z")
                .put("endpoints", new Items("endpoints", "endpoint", List.of(new Fields()
                        .put("type", "production")
                        .put("formats", new Items("formats", "format", List.of("text/xml", "application/json")))))));
        assertEquals("{\"changeset\":\"2026-12-02T00:00:00Z\",\"endpoints\":[{\"type\":\"production\","
                + "\"formats\":[\"text/xml\",\"application/json\"]}]}", written(discovery, Format.JSON));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><discovery><changeset>2026-12-02T00:00:00Z</changeset>"
                + "<endpoints><endpoint><type>production</type><formats><format>text/xml</format>"
                + "<format>application/json</format></formats></endpoint></endpoints></discovery>",
                written(discovery, Format.XML));
    }

    @Test
    void errorsAreAListOfCodeAndDescription() throws IOException {
        assertEquals("[{\"code\":403,\"description\":\"api_key is required\"}]",
                written(GeoReportDocument.errors(403, "api_key is required"), Format.JSON));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>403</code>"
                + "<description>api_key is required</description></error></errors>",
                written(GeoReportDocument.errors(403, "api_key is required"), Format.XML));
    }

    @Test
    void theFormatIsTheExtensionOfThePathAndXmlWhenThereIsNone() {
        assertEquals(Format.JSON, Format.ofPath("/requests/2026-000001.json"));
        assertEquals(Format.XML, Format.ofPath("/services.xml"));
        assertEquals(Format.XML, Format.ofPath("/services"));
        assertEquals(Format.XML, Format.ofPath("/services.yaml"));
        assertEquals(Format.JSON, Format.ofPath("/services.JSON"));
    }
}
