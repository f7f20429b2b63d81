package gov.appeals.routing.boundary;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Refusal;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Times;
import gov.appeals.routing.control.ColleagueGrants;
import gov.appeals.routing.entity.ColleagueGrant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A body's head lets an official see and act on a colleague's appeals, for an absence: granted and
 * revoked by the head (an OFFICER marked head of the body), seen by the head, supervisors and
 * administrators.
 */
@Tag(name = "Dispatch and worklists")
@Path("bodies/{body}/grants")
@Produces(MediaType.APPLICATION_JSON)
public class ColleagueGrantsResource {

    static final int MAX_REASON = 2000;

    /** {@code until}: an ISO date-time with offset; none for until revoked. */
    public record GrantRequest(String grantee, String colleague, String reason, String until) {
    }

    public record GrantView(long id, String body, String grantee, String colleague, String reason, String grantedBy,
            OffsetDateTime grantedAt, OffsetDateTime until) {
    }

    @Inject
    ColleagueGrants grants;

    @Inject
    AppealsSettings settings;

    @Context
    SecurityContext security;

    @PathParam("body")
    String body;

    @Operation(operationId = "listGrants", summary = "A body's cover grants in force", description = """
            The body's grants in force: which official covers which colleague's appeals, until when; an
            officer must be the body's head (`403` otherwise)""")
    @GET
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<GrantView> inForce() {
        grants.requireBody(body);
        if (!Caller.inAnyRole(security, Roles.SUPERVISOR, Roles.ADMIN) && !grants.isHeadOf(body, Caller.name(security))) {
            throw Refusal.forbidden("Only the head of " + body + ", supervisors and administrators see its grants");
        }
        return grants.inForce(body).stream().map(this::view).toList();
    }

    @Operation(operationId = "grantCover", summary = "Let an official cover a colleague's appeals", description = """
            The body's head: `{grantee, colleague, reason?, until?}` lets `grantee` see and act on
            `colleague`'s appeals (both active officials of the body) until `until` or revocation: `201`""")
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(schema = @Schema(implementation = GrantView.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    public Response grant(GrantRequest request, @Context UriInfo uri) {
        grants.requireBody(body);
        if (request == null) {
            throw InvalidRequestException.of("body", "a JSON object is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.grantee() == null || request.grantee().isBlank()) {
            errors.add(new FieldError("grantee", "is required: the official who covers"));
        }
        if (request.colleague() == null || request.colleague().isBlank()) {
            errors.add(new FieldError("colleague", "is required: the official whose appeals they cover"));
        }
        if (request.reason() != null && request.reason().length() > MAX_REASON) {
            errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
        }
        Instant until = null;
        if (request.until() != null) {
            try {
                until = OffsetDateTime.parse(request.until()).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("until", "must be a date and time with its offset, e.g. 2026-12-31T18:00:00+06:00"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        GrantView view = view(grants.grant(body, Caller.name(security), request.grantee().strip(), request.colleague().strip(),
                request.reason() == null ? null : request.reason().strip(), until));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @Operation(operationId = "revokeGrant", summary = "Revoke a cover grant", description = """
            The body's head revokes a grant at once: `204`""")
    @APIResponse(responseCode = "204", description = "Revoked")
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.OFFICER)
    public Response revoke(@PathParam("id") long id) {
        grants.requireBody(body);
        grants.revoke(body, id, Caller.name(security));
        return Response.noContent().build();
    }

    private GrantView view(ColleagueGrant g) {
        return new GrantView(g.getId(), g.getBodyCode(), g.getGrantee(), g.getColleague(), g.getReason(), g.getGrantedBy(),
                Times.at(g.getGrantedAt(), settings.zone()), Times.at(g.getUntil(), settings.zone()));
    }
}
