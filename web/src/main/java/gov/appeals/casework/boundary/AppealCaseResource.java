package gov.appeals.casework.boundary;

import gov.appeals.appeal.boundary.AppealView;
import gov.appeals.appeal.control.AppealCase;
import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.AnswerOutcome;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.OfficialAnswer;
import gov.appeals.appeal.entity.UnansweredGround;
import gov.appeals.casework.boundary.ActionRequests.Check;
import gov.appeals.casework.control.Actor;
import gov.appeals.casework.control.CaseworkService;
import gov.appeals.notifications.entity.Medium;
import gov.appeals.notifications.entity.NotificationEvent;
import gov.appeals.notifications.entity.NotificationStatus;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.Languages;
import gov.appeals.platform.rest.Times;
import gov.appeals.routing.control.ColleagueGrants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One appeal and what is done to it. Reading answers an {@code ETag} (the appeal's version); every
 * action honours {@code If-Match} (412 when the appeal changed since) and answers the appeal as it
 * now is, with its new {@code ETag}. Without {@code If-Match}, two changes at the same moment
 * still cannot overwrite each other: the later one gets 409.
 */
@Tag(name = "Appeals")
@Path("appeals/{registrationNumber}")
@Produces(MediaType.APPLICATION_JSON)
public class AppealCaseResource {

    @Inject
    Appeals queries;

    @Inject
    CaseworkService casework;

    @Inject
    ColleagueGrants grants;

    @Inject
    AppealsSettings settings;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @PathParam("registrationNumber")
    String number;

    /** The caller, worked out once a request (a resource lives for one). */
    private Actor actor;

    /** An officer reads the appeals in their scope; to anyone else they answer 404, as if they did not exist. */
    @Operation(operationId = "readAppeal", summary = "An appeal with its history", description = """
            The whole appeal and its history, with its version as `ETag`; each read is recorded

            Who: DISPATCHER, SUPERVISOR, ADMIN, an OFFICER whose appeal it is (assigned, the body's head, or
            covering by grant).""")
    @APIResponse(responseCode = "200", description = "The appeal as it now is",
            content = @Content(schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @GET
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN, Roles.OFFICER})
    public Response appeal() {
        Actor actor = actor();
        return queries.readAs(number, actor.reader(), actor.scope())
                .map(this::respond)
                .orElseThrow(() -> Appeal.notFound(number));
    }

    @Operation(operationId = "routeAppeal", summary = "Send a waiting appeal to a body", description = """
            `{body, reason}`: send an appeal that waits for a dispatcher to a body; its least-loaded
            official gets it""")
    @APIResponse(responseCode = "200", description = "The appeal as it now is",
            content = @Content(schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @POST
    @Path("routing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR})
    public Response route(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActionRequests.Routing request) {
        Check check = Check.of(request);
        String body = check.text("body", request.body(), 40);
        String reason = check.text("reason", request.reason(), ActionRequests.MAX_REASON);
        check.done();
        return respond(casework.route(number, version(ifMatch), actor(), body, reason));
    }

    @Operation(operationId = "assignAppeal", summary = "Reassign an appeal within its body", description = """
            `{assignee}`: reassign within the body

            Who: DISPATCHER, SUPERVISOR, an OFFICER of the same body.""")
    @APIResponse(responseCode = "200", description = "The appeal as it now is",
            content = @Content(schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @POST
    @Path("assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR, Roles.OFFICER})
    public Response assign(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActionRequests.Assignment request) {
        Check check = Check.of(request);
        String assignee = check.text("assignee", request.assignee(), 100);
        check.done();
        return respond(casework.reassign(number, version(ifMatch), actor(), assignee));
    }

    @Operation(operationId = "redirectAppeal", summary = "Redirect an appeal to the competent body", description = """
            `{toBody, reason}`: the body is not competent; next body, hop kept, citizen told; a complaint
            never goes to the body it is about (`409`); past 2 hops it is escalated

            Who: the OFFICER whose appeal it is (assigned, head, covering), DISPATCHER.""")
    @APIResponse(responseCode = "200", description = "The appeal as it now is",
            content = @Content(schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @POST
    @Path("redirections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISPATCHER, Roles.OFFICER})
    public Response redirect(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "ru",
                    value = "{\"toBody\": \"MIN_LABOUR_SOCIAL\", \"reason\": \"Кредит под залог пенсии: вопрос соцобеспечения\"}")))
            ActionRequests.Redirection request) {
        Check check = Check.of(request);
        String toBody = check.text("toBody", request.toBody(), 40);
        String reason = check.text("reason", request.reason(), ActionRequests.MAX_REASON);
        check.done();
        return respond(casework.redirect(number, version(ifMatch), actor(), toBody, reason));
    }

    @Operation(operationId = "extendTerm", summary = "Extend an appeal's term, once", description = """
            `{days, reason}`: once, before the term ends, at most the jurisdiction's maximum (30 days in
            KG); citizen told""")
    @APIResponse(responseCode = "200", description = "The appeal as it now is",
            content = @Content(schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @POST
    @Path("extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response extend(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "ru",
                    value = "{\"days\": 10, \"reason\": \"Запрошены документы банка\"}")))
            ActionRequests.Extension request) {
        Check check = Check.of(request);
        int days = check.days("days", request.days());
        String reason = check.text("reason", request.reason(), ActionRequests.MAX_REASON);
        check.done();
        return respond(casework.extend(number, version(ifMatch), actor(), days, reason));
    }

    /**
     * The assigned officer answers: the outcome, whether measures were taken when supported, the
     * legal ground when left unanswered. A supervisor may only end correspondence on a repeat appeal.
     */
    @Operation(operationId = "answerAppeal", summary = "Answer an appeal", description = """
            `{text, outcome, measuresTaken?, ground?, oral?, citizenConsent?, language?}`: `SUPPORTED` (with
            `measuresTaken` true or false), `EXPLAINED`, `NOT_SUPPORTED`, or `LEFT_UNANSWERED` with its
            legal `ground` (`ANONYMOUS` for an anonymous appeal, `OBSCENE`, `CORRESPONDENCE_ENDED`); `oral:
            true` at a reception only, with the visitor's consent; its duplicates are answered with it;
            citizen told

            Who: the OFFICER whose appeal it is (assigned, head, covering); SUPERVISOR for the ground
            `CORRESPONDENCE_ENDED` on a repeat.""")
    @APIResponse(responseCode = "200", description = "The appeal as it now is",
            content = @Content(schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @POST
    @Path("answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public Response answer(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "ru", summary = "Supported, with measures taken", value = """
                            {"text": "Банку направлено предписание соблюдать график платежей.", "outcome": "SUPPORTED",
                             "measuresTaken": true}"""),
                    @ExampleObject(name = "ky", summary = "Explained", value = """
                            {"text": "Мектептин чатыры 2027-жылдын бюджетине киргизилди.", "outcome": "EXPLAINED",
                             "language": "ky"}""")}))
            ActionRequests.Answer request) {
        Check check = Check.of(request);
        String text = check.text("text", request.text(), ActionRequests.MAX_ANSWER);
        AnswerOutcome outcome = check.oneOf("outcome", request.outcome(), AnswerOutcome.class);
        UnansweredGround ground = check.optionalOneOf("ground", request.ground(), UnansweredGround.class);
        String language = check.language("language", request.language());
        check.done();
        return respond(casework.answer(number, version(ifMatch), actor(), new OfficialAnswer(text, outcome,
                request.measuresTaken(), ground, language, Boolean.TRUE.equals(request.oral()),
                Boolean.TRUE.equals(request.citizenConsent()))));
    }

    @Operation(operationId = "closeAppeal", summary = "Close an answered appeal", description = """
            The control check: `ANSWERED` → `CLOSED`""")
    @APIResponse(responseCode = "200", description = "The appeal as it now is",
            content = @Content(schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @POST
    @Path("closure")
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR})
    public Response close(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(casework.close(number, version(ifMatch), actor()));
    }

    @Operation(operationId = "reopenAppeal", summary = "Reopen an answered or closed appeal", description = """
            `{reason}`: `ANSWERED`/`CLOSED` → back to its official under a new term""")
    @APIResponse(responseCode = "200", description = "The appeal as it now is",
            content = @Content(schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @POST
    @Path("reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response reopen(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActionRequests.Reopening request) {
        Check check = Check.of(request);
        String reason = check.text("reason", request.reason(), ActionRequests.MAX_REASON);
        check.done();
        return respond(casework.reopen(number, version(ifMatch), actor(), reason));
    }

    /**
     * An official publishes the appeal's text for public feeds (Open311's {@code description}),
     * having judged it free of personal data and of anyone's private life; or takes it back.
     */
    @Operation(operationId = "publishText", summary = "Publish or withdraw an appeal's text", description = """
            `{published, reason}`: the text may be shown in public feeds (Open311's `description`), judged
            free of personal data and of anyone's private life; `false` takes it back; recorded in the
            history""")
    @APIResponse(responseCode = "200", description = "The appeal as it now is",
            content = @Content(schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @POST
    @Path("publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR})
    public Response publish(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActionRequests.Publication request) {
        Check check = Check.of(request);
        boolean published = check.flag("published", request.published());
        String reason = check.text("reason", request.reason(), ActionRequests.MAX_REASON);
        check.done();
        return respond(casework.publishDescription(number, version(ifMatch), actor(), published, reason));
    }

    /** What the citizen was sent about this appeal, and whether it arrived. */
    public record NotificationView(long id, NotificationEvent event, Medium medium, String recipient, String language,
            NotificationStatus status, int attempts, String lastError, OffsetDateTime createdAt,
            OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) {
    }

    @Operation(operationId = "listNotifications", summary = "What the citizen was sent", description = """
            What the citizen was sent, by which medium, `SENT`/`RETRYING`/`FAILED` and the last error; a
            read of personal data, recorded

            Who: DISPATCHER, SUPERVISOR, ADMIN, an OFFICER whose appeal it is (assigned, the body's head, or
            covering by grant).""")
    @GET
    @Path("notifications")
    @RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN, Roles.OFFICER})
    public List<NotificationView> notifications() {
        return casework.notifications(number, actor()).stream()
                .map(n -> new NotificationView(n.getId(), n.getEvent(), n.getMedium(), n.getRecipient(), n.getLanguage(),
                        n.getStatus(), n.getAttempts(), n.getLastError(), Times.at(n.getCreatedAt(), settings.zone()),
                        Times.at(n.getNextAttemptAt(), settings.zone()), Times.at(n.getSentAt(), settings.zone())))
                .toList();
    }

    /** The appeal as it now is, with its version as the ETag. */
    private Response respond(AppealCase appealCase) {
        Actor actor = actor();
        AppealView view = AppealView.of(appealCase, settings.zone(), Languages.preferred(headers), actor.seesEveryAppeal());
        return Response.ok(view).tag(new EntityTag(Integer.toString(view.version()))).build();
    }

    private Actor actor() {
        if (actor == null) {
            String name = Caller.name(security);
            Set<String> roles = Caller.roles(security);
            actor = new Actor(name, roles, request.getRemoteAddr(), grants.scopeOf(name, roles));
        }
        return actor;
    }

    /** The version an {@code If-Match} names ({@code "7"}, {@code W/"7"}); null for none or {@code *}. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = Stream.of(ifMatch.split(",")).findFirst().orElse("").strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L; // names no version the appeal ever had: 412
        }
    }
}
