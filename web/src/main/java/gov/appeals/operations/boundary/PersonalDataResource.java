package gov.appeals.operations.boundary;

import gov.appeals.appeal.boundary.Readers;
import gov.appeals.operations.control.PersonalDataRemoval;
import gov.appeals.operations.control.RetentionJob;
import gov.appeals.operations.entity.Erasure;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Page;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Paging;
import gov.appeals.platform.rest.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The end of personal data: an applicant erased on request (with the reason, for the record), and
 * the retention job run at once rather than at its next hour.
 */
@Tag(name = "Administration")
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PersonalDataResource {

    static final int MAX_REASON = 2000;

    /** Whose data: the applicant of this appeal, across every appeal of theirs; why, in a sentence the record keeps. */
    public record ErasureRequest(String registrationNumber, String reason) {
    }

    public record ErasureView(long id, OffsetDateTime at, String erasedBy, String reason, List<String> registrationNumbers,
            int submissionsWithoutAppeal) {
    }

    public record RetentionRunView(int pseudonymised, int submissionsCleared, OffsetDateTime closedBefore, boolean skipped) {
    }

    @Inject
    PersonalDataRemoval removal;

    @Inject
    RetentionJob retention;

    @Inject
    AppealsSettings settings;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Operation(operationId = "eraseApplicant", summary = "Erase an applicant's personal data", description = """
            `{registrationNumber, reason}`: erase the applicant of that appeal from every appeal of theirs
            (the same national ID, phone or e-mail, unless the appeal carries another national ID): their
            personal data, the free text, files and messages, unsent messages withdrawn, error texts; and
            their submissions that never became an appeal (rejected, dead letters); counts, links and
            statistics stay. Each appeal's history and access log record it. Answers `{id, at, erasedBy,
            reason, registrationNumbers, submissionsWithoutAppeal}`""")
    @APIResponse(responseCode = "200", description = "Erased",
            content = @Content(schema = @Schema(implementation = ErasureView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    public ErasureView erase(ErasureRequest body) {
        if (body == null) {
            throw InvalidRequestException.of("body", "a JSON object is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (body.registrationNumber() == null || body.registrationNumber().isBlank()) {
            errors.add(new FieldError("registrationNumber", "is required: an appeal of the applicant"));
        }
        if (body.reason() == null || body.reason().isBlank()) {
            errors.add(new FieldError("reason", "is required: why the applicant's data is erased"));
        } else if (body.reason().length() > MAX_REASON) {
            errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        PersonalDataRemoval.Erased erased = removal.erase(body.registrationNumber().strip(), body.reason().strip(),
                Readers.of(security, request));
        return new ErasureView(erased.erasureId(), Times.at(erased.at(), settings.zone()), Caller.name(security),
                body.reason().strip(), erased.registrationNumbers(), erased.submissionsWithoutAppeal());
    }

    @Operation(operationId = "listErasures", summary = "The erasures done", description = """
            The erasures done, newest first, paged""")
    @GET
    @Path("erasures")
    public Page<ErasureView> erasures(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + Page.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return new Page<>(removal.erasures(page * size, size).stream().map(this::view).toList(), page, size,
                removal.erasureCount());
    }

    @Operation(operationId = "runRetention", summary = "Pseudonymise old closed appeals now", description = """
            Pseudonymise now the appeals closed longer ago than `appeals.retention.years` (the job does it
            hourly): `{pseudonymised, submissionsCleared, closedBefore, skipped}`; also clears what never
            became an appeal and is as old (rejected receipts' submissions, dead letters, failure texts)""")
    @POST
    @Path("retention/runs")
    public RetentionRunView runRetention() {
        RetentionJob.Run run = retention.runNow();
        return new RetentionRunView(run.pseudonymised(), run.submissionsCleared(),
                run.closedBefore() == null ? null : Times.at(run.closedBefore(), settings.zone()), run.skipped());
    }

    private ErasureView view(Erasure e) {
        return new ErasureView(e.getId(), Times.at(e.getAt(), settings.zone()), e.getActor(), e.getReason(),
                e.getRegistrationNumbers(), e.getSubmissionsWithoutAppeal());
    }
}
