package gov.appeals.verdicts.boundary;

import gov.appeals.appeal.entity.Satisfaction;
import gov.appeals.appeal.entity.VerdictChannel;
import gov.appeals.platform.AccessCodeThrottle;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.AccessCodeAttempts;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.verdicts.control.Verdicts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A citizen calls the hotline again, or comes back to a desk, and says whether the answer helped:
 * the operator takes the verdict down with the access code the citizen reads out, which is what
 * shows it is theirs. Wrong codes count against the account as failed lookups count against an
 * address: a desk's account is no way round the public lookup's limit.
 */
@Tag(name = "Appeals")
@Path("appeals/{registrationNumber}/verdict")
@Produces(MediaType.APPLICATION_JSON)
public class VerdictsResource {

    @Inject
    Verdicts verdicts;

    @Inject
    AppealsSettings settings;

    @Inject
    AccessCodeThrottle throttle;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    /** {@code verdict}: SATISFIED, PARTLY or NOT_SATISFIED; {@code comment}: why, in the citizen's words. */
    public record VerdictRequest(@Schema(required = true) String accessCode,
            @Schema(type = SchemaType.STRING, implementation = Satisfaction.class, required = true) String verdict, String comment) {
    }

    @Operation(operationId = "recordVerdict", summary = "Take down a citizen's verdict at a desk", description = """
            `{accessCode, verdict, comment?}`: the citizen's verdict taken down when they call or come back
            (`SATISFIED`, `PARTLY`, `NOT_SATISFIED`); the code is what shows it is theirs, and wrong codes
            count against the account as failed lookups count against an address (`429` with `Retry-After`);
            once, changed once, within 30 days of the answer (`409` after); not satisfied with a comment
            opens a reconsideration""")
    @APIResponse(responseCode = "200", description = "Taken: the verdict as recorded",
            content = @Content(schema = @Schema(implementation = VerdictView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.RECEPTION})
    public Response record(@PathParam("registrationNumber") String number, VerdictRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "a JSON object is required");
        }
        Satisfaction satisfaction = checked(request.verdict(), request.comment(), "accessCode", request.accessCode());
        VerdictChannel via = security.isUserInRole(Roles.OPERATOR) ? VerdictChannel.OPERATOR : VerdictChannel.RECEPTION;
        String account = Caller.name(security);
        return AccessCodeAttempts.throttled(throttle, "account " + account, clock.instant(),
                () -> verdicts.give(number, request.accessCode(), satisfaction, request.comment(), via, account)
                        .map(appeal -> Response.ok(VerdictView.of(appeal, settings.zone()))))
                .build();
    }

    /** The verdict's fields checked, all errors at once: the value, the comment's length, the code given. */
    public static Satisfaction checked(String verdict, String comment, String codeField, String code) {
        List<FieldError> errors = new ArrayList<>();
        Satisfaction satisfaction = null;
        if (verdict == null || verdict.isBlank()) {
            errors.add(new FieldError("verdict", "is required: SATISFIED, PARTLY or NOT_SATISFIED"));
        } else {
            satisfaction = FieldError.enumValue(Satisfaction.class, "verdict", verdict, errors);
        }
        if (comment != null && comment.length() > Verdicts.MAX_COMMENT) {
            errors.add(new FieldError("comment", "must be at most " + Verdicts.MAX_COMMENT + " characters"));
        }
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(codeField, "is required: the access code from the citizen's receipt"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return satisfaction;
    }
}
