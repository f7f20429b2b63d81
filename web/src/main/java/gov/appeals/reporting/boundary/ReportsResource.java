package gov.appeals.reporting.boundary;

import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Languages;
import gov.appeals.platform.rest.Period;
import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.reporting.control.OpenData;
import gov.appeals.reporting.control.PerformanceReport;
import gov.appeals.reporting.control.SummaryReport;
import gov.appeals.reporting.control.SummaryTable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statistics without personal data, for analysts and the office's published reports. */
@Tag(name = "Reports")
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN})
public class ReportsResource {

    /** Found once: Json.createX looks the provider up with a ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String CSV = "text/csv";
    /** A year, leap years included, in one request. */
    static final long MAX_PERIOD_DAYS = 366;
    static final String DIMENSIONS = "channel, category, region, body, kind, status";

    /** A row of the open data as JSON, for the API's description: every column, null where it has no value. */
    public record OpenDataRow(@Schema(required = true) String registrationNumber, @Schema(required = true) String receivedOn,
            @Schema(nullable = true) String registeredOn, @Schema(nullable = true) String dueOn,
            @Schema(nullable = true) String answeredOn, @Schema(required = true) String channel, @Schema(required = true) String kind,
            @Schema(nullable = true) String category, @Schema(nullable = true) String region, @Schema(nullable = true) String body,
            @Schema(required = true) String status, @Schema(nullable = true) String outcome, @Schema(nullable = true) Boolean onTime,
            @Schema(nullable = true) String verdict) {
    }

    @Inject
    SummaryReport report;

    @Inject
    OpenData openData;

    @Inject
    SummaryTable table;

    @Inject
    PerformanceReport performance;

    @Inject
    ReferenceCatalog reference;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    Clock clock;

    /**
     * Two forms. {@code ?year=} alone: the year's registered appeals by channel, kind, subject,
     * region, body and status, each with shares (from the tally, exact at any moment). {@code ?from=&to=&groupBy=}
     * (once, or twice for a two-way table), with optional filters on each dimension: the appeals
     * received in the period, counted by those dimensions, with shares of the filtered total.
     */
    @Operation(operationId = "readSummaryReport", summary = "Appeals counted by dimension", description = """
            `?from=&to=&groupBy=` (days of receipt, at most a year; `groupBy` one of channel, category,
            region, body, kind, status, given once or twice for a two-way table) and optional filters
            `channel=`, `category=`, `region=`, `body=`, `kind=`, `status=`: `{total, rows: [{<dimension>:
            {code, name}, count, share}]}`, the share in percent of the filtered total with one decimal,
            computed from the counts; as CSV with `Accept: text/csv`. `?year=` alone: the year's appeals by
            each of the six dimensions at once, from the tally, exact at any moment""")
    @APIResponse(responseCode = "200",
            description = "The table asked for, or with `year` alone the year's breakdowns; as CSV with `Accept: text/csv`",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {SummaryTableView.class, SummaryReport.Summary.class})),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "The first day of receipt",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "The last day of receipt, at most a year after `from`",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "One or two of `channel`, `category`, `region`, `body`, `kind`, `status`",
            schema = @Schema(type = SchemaType.ARRAY, maxItems = 2, implementation = String.class))
    @Parameter(name = "year", in = ParameterIn.QUERY,
            description = "Alone: the year's appeals by each dimension, from the tally",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    @Parameter(name = "channel", in = ParameterIn.QUERY, description = "Only this channel's appeals",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "Only this subject's appeals",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "Only this region's appeals",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "body", in = ParameterIn.QUERY, description = "Only this body's appeals",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Only appeals of this kind",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only appeals in this status",
            schema = @Schema(type = SchemaType.STRING))
    @GET
    @Path("summary")
    public Object summary() {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        if (query.containsKey("year") && !query.containsKey("from") && !query.containsKey("to") && !query.containsKey("groupBy")) {
            Integer year = null;
            try {
                year = Integer.valueOf(query.getFirst("year"));
            } catch (NumberFormatException e) {
                // answered below
            }
            if (year == null || year < 2000 || year > 2100) {
                throw InvalidRequestException.of("year", "must be a year such as 2026");
            }
            return report.of(year);
        }
        return SummaryTableView.of(table(query), reference, Languages.preferred(headers));
    }

    /** The table as CSV, a line per row: each dimension's code and name, the count and the share. */
    @GET
    @Path("summary")
    @Produces(CSV + "; charset=utf-8")
    public Response summaryCsv() {
        SummaryTableView view = SummaryTableView.of(table(uri.getQueryParameters()), reference, Languages.preferred(headers));
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(view.csvHeader()).get());
            for (List<Object> record : view.csvRecords()) {
                printer.printRecord(record);
            }
            printer.flush();
        };
        return Response.ok(csv).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"summary-" + view.from() + "-" + view.to() + ".csv\"").build();
    }

    /**
     * {@code ?from=&to=&groupBy=body|category|region}: for each, appeals answered on time, late,
     * open past due, the on-time rate, working days to answer (median, 90th percentile),
     * redirections per appeal, the repeat, resolution, satisfaction and reconsideration rates.
     */
    @Operation(operationId = "readPerformanceReport", summary = "How the bodies keep their terms", description = """
            `?from=&to=&groupBy=body|category|region`: per group and in total, answered on time, late, open
            past due, the on-time rate; median and 90th-percentile working days to answer; redirections per
            appeal; repeat, resolution (supported), satisfaction (among verdicts given) and reconsideration
            rates""")
    @GET
    @Path("performance")
    public PerformanceView performance(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy) {
        List<FieldError> errors = new ArrayList<>();
        Period period = period(from, to, errors);
        PerformanceReport.GroupBy by = null;
        if (groupBy == null || groupBy.isBlank()) {
            errors.add(new FieldError("groupBy", "is required: body, category or region"));
        } else {
            try {
                by = PerformanceReport.GroupBy.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("groupBy", "must be body, category or region"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return PerformanceView.of(performance.of(period.from(), period.to(), by, clock.instant()), reference,
                Languages.preferred(headers));
    }

    private SummaryTable.Table table(MultivaluedMap<String, String> query) {
        List<FieldError> errors = new ArrayList<>();
        Period period = period(query.getFirst("from"), query.getFirst("to"), errors);
        List<SummaryTable.Dimension> groupBy = new ArrayList<>();
        List<String> asked = query.getOrDefault("groupBy", List.of());
        if (asked.isEmpty() || asked.size() > 2) {
            errors.add(new FieldError("groupBy", "is required, once or twice: " + DIMENSIONS));
        }
        for (String name : asked) {
            dimension(name).ifPresentOrElse(d -> {
                if (groupBy.contains(d)) {
                    errors.add(new FieldError("groupBy", "names " + name + " twice"));
                } else {
                    groupBy.add(d);
                }
            }, () -> errors.add(new FieldError("groupBy", "must be one of " + DIMENSIONS)));
        }
        Map<SummaryTable.Dimension, String> filters = new EnumMap<>(SummaryTable.Dimension.class);
        for (SummaryTable.Dimension d : SummaryTable.Dimension.values()) {
            String value = query.getFirst(d.name().toLowerCase(Locale.ROOT));
            if (value != null && !value.isBlank()) {
                if (!value.strip().matches("[A-Z0-9_]{1,40}")) {
                    errors.add(new FieldError(d.name().toLowerCase(Locale.ROOT), "must be an upper-case code"));
                }
                filters.put(d, value.strip());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return table.of(period.from(), period.to(), groupBy, filters);
    }

    private static Optional<SummaryTable.Dimension> dimension(String name) {
        return Arrays.stream(SummaryTable.Dimension.values())
                .filter(d -> d.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /** The appeals received from {@code from} to {@code to}, one CSV line each, streamed. */
    @Operation(operationId = "readOpenData", summary = "One row per appeal, without personal data", description = """
            `?from=&to=` (days of receipt, at most a year): one row per appeal, streamed, as CSV (`Accept:
            text/csv`) or a JSON array: number, dates, channel, kind, subject, region, body, status,
            outcome, on time, verdict; no personal data, no text""")
    @APIResponse(responseCode = "200", description = "One row per appeal, as CSV or as a JSON array", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OpenDataRow.class))})
    @GET
    @Path("open-data")
    @Produces(CSV + "; charset=utf-8")
    public Response openDataCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = period(from, to);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(OpenData.COLUMNS.toArray(String[]::new)).get());
            openData.rows(period.from(), period.to(), clock.instant(), row -> {
                try {
                    printer.printRecord((Object[]) row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        };
        return Response.ok(csv).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"appeals-" + period.from() + "-" + period.to() + ".csv\"").build();
    }

    /** The same rows as a JSON array of objects, streamed. */
    @GET
    @Path("open-data")
    @Produces(MediaType.APPLICATION_JSON)
    public Response openDataJson(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = period(from, to);
        StreamingOutput json = out -> {
            try (JsonGenerator generator = JSON.createGenerator(out)) {
                generator.writeStartArray();
                openData.rows(period.from(), period.to(), clock.instant(), row -> {
                    generator.writeStartObject();
                    for (int i = 0; i < row.length; i++) {
                        String name = OpenData.COLUMNS.get(i);
                        Object value = row[i];
                        if (value == null) {
                            generator.writeNull(name);
                        } else if (value instanceof Boolean b) {
                            generator.write(name, b);
                        } else {
                            generator.write(name, value.toString());
                        }
                    }
                    generator.writeEnd();
                });
                generator.writeEnd();
            }
        };
        return Response.ok(json).build();
    }

    /** {@code from} and {@code to}: days of receipt, both included, at most a year apart. */
    private static Period period(String from, String to) {
        return Period.of(from, to, MAX_PERIOD_DAYS);
    }

    private static Period period(String from, String to, List<FieldError> errors) {
        return Period.of(from, to, MAX_PERIOD_DAYS, errors);
    }
}
