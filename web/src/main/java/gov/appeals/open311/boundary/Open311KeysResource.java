package gov.appeals.open311.boundary;

import gov.appeals.open311.control.Open311Keys;
import gov.appeals.open311.entity.Open311Key;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The keys Open311 clients file appeals with: an administrator issues one per client, sees them
 * all, and revokes one that leaked or whose client is gone. The key itself is in the answer to
 * the issue and nowhere else, ever.
 */
@Tag(name = "Administration")
@Path("admin/open311-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class Open311KeysResource {

    static final int DEFAULT_REQUESTS_PER_MINUTE = 60;
    static final int MAX_REQUESTS_PER_MINUTE = 10_000;

    @Inject
    Open311Keys keys;

    @Inject
    AppealsSettings settings;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** {@code requestsPerMinute}: the key's rate limit, 60 when not given. */
    public record KeyRequest(String client, Integer requestsPerMinute) {
    }

    public record KeyView(long id, String client, String keyPrefix, int requestsPerMinute, boolean active,
            OffsetDateTime issuedAt, String issuedBy, OffsetDateTime revokedAt, String revokedBy) {
    }

    /** {@code apiKey}: give it to the client now; it cannot be shown again. */
    public record IssuedKeyView(String apiKey, KeyView key) {
    }

    @Operation(operationId = "issueOpen311Key", summary = "Issue an Open311 key", description = """
            `{client, requestsPerMinute?}` (60 by default): `201` with `{apiKey, key}`; the key is in this
            answer only, the server keeps its SHA-256""")
    @APIResponse(responseCode = "201", description = "Issued: the key, in this answer only",
            content = @Content(schema = @Schema(implementation = IssuedKeyView.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(KeyRequest request) {
        if (request == null) {
            throw InvalidRequestException.of("body", "a JSON object is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String client = request.client() == null ? "" : request.client().strip();
        if (client.isEmpty() || client.length() > 200) {
            errors.add(new FieldError("client", "is required: the app or integration, at most 200 characters"));
        }
        int perMinute = request.requestsPerMinute() == null ? DEFAULT_REQUESTS_PER_MINUTE : request.requestsPerMinute();
        if (perMinute < 1 || perMinute > MAX_REQUESTS_PER_MINUTE) {
            errors.add(new FieldError("requestsPerMinute", "must be from 1 to " + MAX_REQUESTS_PER_MINUTE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Open311Keys.IssuedKey issued = keys.issue(client, perMinute, Caller.name(security));
        KeyView view = view(issued.key());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
                .entity(new IssuedKeyView(issued.secret(), view)).build();
    }

    @Operation(operationId = "listOpen311Keys", summary = "The Open311 keys issued", description = """
            The keys issued, revoked ones too: `{id, client, keyPrefix, requestsPerMinute, active, issuedAt,
            issuedBy, revokedAt, revokedBy}`, newest first, paged""")
    @GET
    public Page<KeyView> keys(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        return keys.page(page, size).map(this::view);
    }

    /** Revoked at once: the next request with it is refused (403); appeals it filed keep naming it. */
    @Operation(operationId = "revokeOpen311Key", summary = "Revoke an Open311 key", description = """
            Revoke a key at once; the appeals it filed keep naming it""")
    @DELETE
    @Path("{id}")
    public KeyView revoke(@PathParam("id") long id) {
        return view(keys.revoke(id, Caller.name(security)));
    }

    private KeyView view(Open311Key k) {
        return new KeyView(k.getId(), k.getClient(), k.getKeyPrefix(), k.getRequestsPerMinute(), k.isActive(),
                Times.at(k.getIssuedAt(), settings.zone()), k.getIssuedBy(), Times.at(k.getRevokedAt(), settings.zone()),
                k.getRevokedBy());
    }
}
