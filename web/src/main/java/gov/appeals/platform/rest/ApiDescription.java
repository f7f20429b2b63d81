package gov.appeals.platform.rest;

import gov.appeals.platform.Page;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document the scanner builds from the resources with what holds for every
 * operation alike, so that no resource repeats it: the two ways to sign in with each operation's
 * roles, the problem details each kind of operation can answer, and the shared headers. What is
 * particular to one operation (its summary, its success answers, an extra refusal) stays on its
 * method as annotations. Registered by {@code mp.openapi.filter}.
 */
public class ApiDescription implements OASFilter {

    /** The scheme the annotations declare only so that the scanner records each method's roles. */
    public static final String ROLES_SCHEME = "roles";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String SESSION = "session";

    private static final String PROBLEM = "Problem";
    private static final String IF_MATCH = "If-Match";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** A refusal every operation of a kind can answer: status, the component's name, what it means. */
    private record Refusal(String status, String name, String description) {
    }

    private static final Refusal BAD_REQUEST = new Refusal("400", "BadRequest",
            "The request is not valid: `errors` names each bad field (a body's `summary`, a query's `page`).");
    private static final Refusal UNAUTHORIZED = new Refusal("401", "Unauthorized",
            "No credentials, or credentials that are wrong, expired or forged.");
    private static final Refusal FORBIDDEN = new Refusal("403", "Forbidden", "The account's roles do not open this operation.");
    private static final Refusal NOT_FOUND = new Refusal("404", "NotFound",
            "Nothing there, or nothing this account may see (the same answer, so that neither is told from the other).");
    private static final Refusal CONFLICT = new Refusal("409", "Conflict",
            "The state does not allow it now (the reason is in `detail`), a change made at the same moment, or an "
                    + "`Idempotency-Key` used before with another request.");
    private static final Refusal PRECONDITION_FAILED = new Refusal("412", "PreconditionFailed",
            "`If-Match` names a version that is no longer the current one: read the appeal again.");
    private static final Refusal TOO_LARGE = new Refusal("413", "PayloadTooLarge",
            "The body is over its limit (1 MiB; a radio batch 16 MiB, a letter with files 50 MiB, a file 10 MiB).");
    private static final Refusal URI_TOO_LONG = new Refusal("414", "UriTooLong", "The URL is over 8 KiB.");
    private static final Refusal UNSUPPORTED = new Refusal("415", "UnsupportedMediaType",
            "The body's `Content-Type` is not one this operation takes.");
    private static final Refusal TOO_MANY = new Refusal("429", "TooManyRequests",
            "Too many requests from this account for a while, or too many failed attempts (a password, an access code): "
                    + "wait `Retry-After` seconds.");
    private static final Refusal HEADERS_TOO_LARGE = new Refusal("431", "HeadersTooLarge",
            "The request's headers are over their limit.");
    private static final Refusal UNAVAILABLE = new Refusal("503", "Unavailable",
            "The database cannot be reached for now: try again after `Retry-After` seconds. Nothing was kept.");

    private static final List<Refusal> REFUSALS = List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT,
            PRECONDITION_FAILED, TOO_LARGE, URI_TOO_LONG, UNSUPPORTED, TOO_MANY, HEADERS_TOO_LARGE, UNAVAILABLE);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents();
        describeSignIn(components);
        describeProblems(components);
        api.setSecurity(null);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(method, parameters(item, operation), operation)));
    }

    private static void describeSignIn(Components components) {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("The server's own accounts: the demo accounts of the README, or accounts an office keeps "
                        + "in the server's file realm."));
        schemes.put(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("The production login: an access token from the office's OpenID Connect provider, its "
                        + "roles in the token's `groups` claim (docs/operations.md, \"Production login\")."));
        schemes.put(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                .name("JSESSIONID")
                .description("The consoles' session, from `POST /session`; such calls send `X-Requested-With: XMLHttpRequest`."));
        components.setSecuritySchemes(schemes);
    }

    private static void describeProblems(Components components) {
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One bad field and what is wrong with it.")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The field as the request named it: `summary`, `applicant.phone`, `appeals[3].kind`, "
                                + "`attachment[2]`, a query's `page`."))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .required(List.of("field", "message")));
        components.addSchema(PROBLEM, OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail. It never carries a stack trace, a class name or SQL.")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri-reference"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status")));
        header(components, "Retry-After", "Seconds to wait before trying again.", Schema.SchemaType.INTEGER);
        header(components, "ETag", "The appeal's version; send it back as `If-Match` with the next action.",
                Schema.SchemaType.STRING);
        header(components, "Location", "Where to follow what was made.", Schema.SchemaType.STRING);
        for (Refusal refusal : REFUSALS) {
            APIResponse response = OASFactory.createAPIResponse().description(refusal.description())
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            if (refusal == TOO_MANY || refusal == UNAVAILABLE) {
                response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
            }
            if (refusal == UNAUTHORIZED) {
                response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("`Basic`, unless the request came from a console (`X-Requested-With: XMLHttpRequest`).")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
            }
            components.addResponse(refusal.name(), response);
        }
    }

    private static void header(Components components, String name, String description, Schema.SchemaType type) {
        components.addHeader(name, OASFactory.createHeader().description(description).required(true)
                .schema(OASFactory.createSchema().type(List.of(type))));
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        return Stream.of(item.getParameters(), operation.getParameters()).filter(Objects::nonNull).flatMap(List::stream).toList();
    }

    private static void complete(PathItem.HttpMethod method, List<Parameter> parameters, Operation operation) {
        List<String> roles = roles(operation);
        if (roles == null) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement())); // open to anyone, no credentials needed
        } else {
            operation.setSecurity(Stream.of(BASIC, BEARER, SESSION)
                    .map(scheme -> OASFactory.createSecurityRequirement().addScheme(scheme, roles)).toList());
            operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                    + "Roles: " + String.join(", ", roles) + ".");
        }
        boolean body = operation.getRequestBody() != null;
        boolean query = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean path = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean ifMatch = parameters.stream().anyMatch(p -> IF_MATCH.equals(p.getName()));
        boolean idempotent = parameters.stream().anyMatch(p -> IDEMPOTENCY_KEY.equals(p.getName()));
        describeParameters(parameters);

        APIResponses responses = operation.getResponses();
        refuse(responses, BAD_REQUEST, body || query || path);
        refuse(responses, UNAUTHORIZED, roles != null);
        refuse(responses, FORBIDDEN, roles != null);
        refuse(responses, NOT_FOUND, path);
        // an action on a thing that exists may find it in a state that refuses it
        refuse(responses, CONFLICT, ifMatch || idempotent || path && method != PathItem.HttpMethod.GET);
        refuse(responses, PRECONDITION_FAILED, ifMatch);
        refuse(responses, TOO_MANY, roles != null); // each account's requests are metered
        refuse(responses, TOO_LARGE, body);
        refuse(responses, URI_TOO_LONG, true);
        refuse(responses, UNSUPPORTED, body);
        refuse(responses, HEADERS_TOO_LARGE, true);
        refuse(responses, UNAVAILABLE, !"checkLiveness".equals(operation.getOperationId())); // every other one reads the database
    }

    /** The roles the scanner copied from {@code @RolesAllowed}; null for an operation open to anyone. */
    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return null;
        }
        return operation.getSecurity().stream().filter(r -> r.hasScheme(ROLES_SCHEME))
                .map(r -> r.getScheme(ROLES_SCHEME)).findFirst().orElse(null);
    }

    /** The shared parameters' meaning and limits: the headers, paging, and a period's days. */
    private static void describeParameters(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            if (p.getIn() == Parameter.In.QUERY && p.getSchema() != null) {
                switch (p.getName()) {
                    case "page" -> p.description("The page, from 0").getSchema().minimum(BigDecimal.ZERO)
                            .maximum(BigDecimal.valueOf(Paging.MAX_PAGE));
                    case "size" -> p.description("Items a page, 1 to " + Page.MAX_SIZE).getSchema()
                            .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(Page.MAX_SIZE));
                    case "from" -> p.description(p.getDescription() == null ? "The first day, inclusive (ISO-8601)" : p.getDescription())
                            .getSchema().format("date");
                    case "to" -> p.description(p.getDescription() == null ? "The last day, inclusive, not before `from`" : p.getDescription())
                            .getSchema().format("date");
                    default -> {
                    }
                }
            }
            if (IF_MATCH.equals(p.getName())) {
                p.description("The appeal's `ETag` as last read (`\"7\"`): the action is refused with `412` if the appeal "
                        + "changed since. Without it, a change made at the same moment is refused with `409`.");
            } else if (IDEMPOTENCY_KEY.equals(p.getName())) {
                p.description("Any 1 to 200 visible ASCII characters the client makes once per appeal (a UUID): a retry "
                        + "with the same key answers the same receipt and files nothing twice.");
                p.getSchema().minLength(1).maxLength(200).pattern("^[\\x21-\\x7E]+$");
            }
        }
    }

    private static void refuse(APIResponses responses, Refusal refusal, boolean applies) {
        if (applies && !responses.hasAPIResponse(refusal.status())) {
            responses.addAPIResponse(refusal.status(), OASFactory.createAPIResponse().ref(refusal.name()));
        }
    }
}
