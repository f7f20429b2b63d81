package gov.appeals.bench.ceiling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * The ceilings: the same server, the same security realm and the same JSON binding as the intake
 * endpoints, with no work at all, or with one row inserted synchronously in its own transaction.
 */
@Path("/")
@Stateless
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("OPERATOR")
public class CeilingResource {

    @PersistenceContext
    EntityManager em;

    /** Reads the body as JSON and answers 202: authentication, binding and HTTP, nothing else. */
    @POST
    @Path("noop")
    public Response noop(JsonObject body) {
        return Response.accepted().build();
    }

    /** One JPA insert, committed before the answer. */
    @POST
    @Path("insert")
    public Response insert(JsonObject body) {
        CeilingRow row = new CeilingRow();
        row.at = Instant.now();
        row.payload = body.getString("summary", "").length() > 200 ? body.getString("summary").substring(0, 200)
                : body.getString("summary", "");
        em.persist(row);
        return Response.accepted().build();
    }
}
