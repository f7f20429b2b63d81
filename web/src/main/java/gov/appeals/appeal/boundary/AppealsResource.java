package gov.appeals.appeal.boundary;

import gov.appeals.appeal.control.AccessLog;
import gov.appeals.appeal.control.AppealFilter;
import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.control.Reader;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Page;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Languages;
import gov.appeals.platform.rest.Paging;
import gov.appeals.submission.entity.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The list of registered appeals. One appeal, and what is done to it, is
 * {@code casework.boundary.AppealCaseResource} at {@code appeals/{registrationNumber}}: JAX-RS picks
 * one resource class per path, so everything under one appeal's path lives in that class.
 */
@Tag(name = "Appeals")
@Path("appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealsResource {

    @Inject
    Appeals queries;

    @Inject
    AppealsSettings settings;

    /** Longer than any name, number or phrase a dispatcher types. */
    static final int MAX_SEARCH = 200;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Operation(operationId = "listAppeals", summary = "List and search registered appeals", description = """
            `?channel=&status=&category=&body=&from=&to=&q=&page=&size=`: a page, newest first, `{items,
            page, size, total}`; past 1,000 matches `total` stops there and `totalCapped` is `true`. `q` (2
            to 200 characters) searches: a registration number, the applicant's phone (any format), e-mail
            or national ID, or words of the summary and the applicant's name (PostgreSQL: full-text, every
            word, any case; H2: the text as typed, any case); every appeal a search shows is recorded in its
            access log as `SEARCH`""")
    @GET
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<AppealSummaryView> list(@QueryParam("channel") String channel, @QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("body") String body,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") @Parameter(description = "A registration number, a phone, e-mail or national ID, or words of the summary "
                    + "and the applicant's name", schema = @Schema(minLength = 2, maxLength = MAX_SEARCH)) String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        List<FieldError> errors = new ArrayList<>();
        AppealFilter filter = new AppealFilter(
                FieldError.enumValue(Channel.class, "channel", channel, errors),
                FieldError.enumValue(AppealStatus.class, "status", status, errors),
                blankToNull(category), blankToNull(body),
                date("from", from, errors), date("to", to, errors), blankToNull(q));
        if (filter.text() != null && (filter.text().length() < 2 || filter.text().length() > MAX_SEARCH)) {
            errors.add(new FieldError("q", "must be from 2 to " + MAX_SEARCH + " characters"));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        Paging.check(page, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Locale locale = Languages.preferred(headers);
        Page<Appeal> found = queries.list(filter, page, size);
        if (filter.text() != null) {
            // What the search matched says something of each applicant: every appeal shown is a read.
            Reader reader = Readers.of(security, request);
            found.items().forEach(a -> queries.recordRead(reader, a.getRegistrationNumber(), AccessLog.SEARCH));
        }
        return found.map(a -> AppealSummaryView.of(a, settings.zone(), locale));
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
