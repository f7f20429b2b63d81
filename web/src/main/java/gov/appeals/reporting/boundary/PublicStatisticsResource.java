package gov.appeals.reporting.boundary;

import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Languages;
import gov.appeals.reference.boundary.CodeName;
import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.reference.entity.Body;
import gov.appeals.reporting.control.PublicStatistics;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Each body's public scorecard, without signing in: appeals received, answered, on time, resolved,
 * and the citizens' satisfaction, for a year or a month. Rates only where the body had enough
 * appeals to rate.
 */
@Tag(name = "Public")
@Path("public/statistics")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicStatisticsResource {

    static final String RATED = "RATED";
    static final String TOO_FEW_TO_RATE = "TOO_FEW_TO_RATE";

    @Inject
    PublicStatistics statistics;

    @Inject
    ReferenceCatalog reference;

    @Context
    HttpHeaders headers;

    /**
     * {@code rating}: RATED, or TOO_FEW_TO_RATE (then no rates); the rates are percent: on time of
     * those answered, resolved (supported) of those answered, satisfied of the verdicts given.
     */
    public record BodyView(CodeName body, long received, long answered, long answeredOnTime, long resolved,
            long verdictsGiven, long satisfied, String rating, BigDecimal onTimeRate, BigDecimal resolutionRate,
            BigDecimal satisfactionRate) {
    }

    public record StatisticsView(int year, Integer month, int minimumAppealsToRate, List<BodyView> bodies) {
    }

    @Operation(operationId = "readPublicStatistics", summary = "The public scorecard of the bodies", description = """
            `?year=&month=`: per body, appeals received, answered, answered on time, resolved (supported),
            verdicts given and satisfied, with the on-time, resolution and satisfaction rates in percent; a
            body with fewer than 20 appeals is `TOO_FEW_TO_RATE`, without rates""")
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    @GET
    public Response statistics(@QueryParam("year") Integer year, @QueryParam("month") Integer month) {
        List<FieldError> errors = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "is required: a year such as 2026"));
        }
        if (month != null && (month < 1 || month > 12)) {
            errors.add(new FieldError("month", "must be from 1 to 12"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Locale locale = Languages.preferred(headers);
        Map<String, Body> bodies = reference.bodies().stream().collect(Collectors.toMap(Body::getCode, Function.identity()));
        PublicStatistics.Figures figures = statistics.of(year, month);
        List<BodyView> views = figures.bodies().stream()
                .map(f -> new BodyView(CodeName.of(bodies.get(f.body()), locale), f.received(), f.answered(), f.onTime(),
                        f.resolved(), f.verdicts(), f.satisfied(), f.rated() ? RATED : TOO_FEW_TO_RATE, f.onTimeRate(),
                        f.resolutionRate(), f.satisfactionRate()))
                .toList();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(new StatisticsView(figures.year(), figures.month(), figures.minimumToRate(), views))
                .cacheControl(cache).build();
    }
}
