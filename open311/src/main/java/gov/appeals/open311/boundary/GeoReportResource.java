package gov.appeals.open311.boundary;

import gov.appeals.open311.boundary.GeoReportDocument.Fields;
import gov.appeals.open311.boundary.GeoReportDocument.Items;
import gov.appeals.open311.control.Open311Desk;
import gov.appeals.open311.control.Open311Feed;
import gov.appeals.open311.control.Open311Keys;
import gov.appeals.open311.control.Open311Throttle;
import gov.appeals.open311.control.PublicServiceRequest;
import gov.appeals.open311.control.ServiceCatalog;
import gov.appeals.open311.control.ServiceRequestForm;
import gov.appeals.open311.entity.Open311Key;
import gov.appeals.platform.Refusal;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GeoReport v2's resources. Each path ends in {@code .json} or {@code .xml}, and that alone picks
 * the format of the answer, errors included. The methods declare no {@code @Produces}, so no
 * {@code Accept} header can turn a request away.
 */
@Path("/")
@RequestScoped
public class GeoReportResource {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this endpoint last changed in a way a client could notice. */
    static final String CHANGESET = "2026-12-02T00:00:00Z";
    static final String FORMAT = "{format:[^/.]+}";
    /** A form of 4,000 characters of description, all of it percent-encoded UTF-8, fits with room to spare. */
    static final int MAX_FORM_BYTES = 128 * 1024;
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]{1,100})\\](\\[\\])?");

    @Inject
    ServiceCatalog services;

    @Inject
    Open311Desk desk;

    /** Where a filed request's answer is written once its wait is over. */
    @Resource
    ManagedExecutorService executor;

    @Inject
    Open311Feed feed;

    @Inject
    Open311Keys keys;

    @Inject
    Open311Throttle throttle;

    @Inject
    @ConfigProperty(name = "appeals.open311.contact", defaultValue = "The citizens' appeals office")
    String contact;

    @Inject
    @ConfigProperty(name = "appeals.open311.key-service",
            defaultValue = "API keys are issued by the appeals office's administrator, one per app or integration")
    String keyService;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("discovery." + FORMAT)
    public Response discovery(@PathParam("format") String format) {
        Fields endpoint = new Fields()
                .put("specification", SPECIFICATION)
                .put("url", uri.getBaseUri().toString().replaceAll("/$", ""))
                .put("changeset", CHANGESET)
                .put("type", "production")
                .put("formats", new Items("formats", "format", List.of(Format.XML.contentType, Format.JSON.contentType)));
        return answer(format, GeoReportDocument.single("discovery", new Fields()
                .put("changeset", CHANGESET)
                .put("contact", contact)
                .put("key_service", keyService)
                .put("endpoints", new Items("endpoints", "endpoint", List.of(endpoint)))));
    }

    @GET
    @Path("services." + FORMAT)
    public Response services(@PathParam("format") String format) {
        Format f = format(format);
        return answer(f, GeoReportDocument.list("services", "service", services.services(locale()).stream()
                .map(s -> new Fields()
                        .put("service_code", s.code())
                        .put("service_name", s.name())
                        .put("description", s.description())
                        .put("metadata", true)
                        .put("type", "batch")
                        .put("keywords", s.keywords())
                        .put("group", null))
                .toList()));
    }

    @GET
    @Path("services/{code}." + FORMAT)
    public Response service(@PathParam("code") String code, @PathParam("format") String format) {
        Format f = format(format);
        List<ServiceCatalog.Attribute> attributes = services.definition(code, locale())
                .orElseThrow(() -> Refusal.notFound("service_code " + code + " was not found: see GET services"));
        return answer(f, GeoReportDocument.single("service_definition", new Fields()
                .put("service_code", code)
                .put("attributes", new Items("attributes", "attribute", attributes.stream()
                        .map(a -> new Fields()
                                .put("variable", true)
                                .put("code", a.code())
                                .put("datatype", a.datatype())
                                .put("required", a.required())
                                .put("datatype_description", a.datatypeDescription())
                                .put("order", a.order())
                                .put("description", a.description())
                                .put("values", new Items("values", "value", a.values().stream()
                                        .map(v -> new Fields().put("key", v.key()).put("name", v.name())).toList())))
                        .toList()))));
    }

    /** An app's report, form-encoded as the specification says (or as multipart form fields, which some apps send). */
    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.WILDCARD)
    public void file(@PathParam("format") String format, InputStream body,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Suspended AsyncResponse response) {
        Format f = format(format);
        Map<String, List<String>> form = FormBody.parse(body, MAX_FORM_BYTES);
        file(f, form, idempotencyKey, response);
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public void fileMultipart(@PathParam("format") String format, List<EntityPart> parts,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Suspended AsyncResponse response) {
        Format f = format(format);
        file(f, FormBody.fields(parts, MAX_FORM_BYTES), idempotencyKey, response);
    }

    @GET
    @Path("tokens/{token}." + FORMAT)
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        Format f = format(format);
        UUID id;
        try {
            id = UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("token " + token + " was not found");
        }
        Open311Desk.TokenState state = desk.token(id)
                .orElseThrow(() -> Refusal.notFound("token " + token + " was not found, or its request was not taken"));
        return answer(f, GeoReportDocument.list("service_requests", "request", List.of(new Fields()
                .put("service_request_id", state.serviceRequestId())
                .put("token", state.token().toString()))));
    }

    @GET
    @Path("requests." + FORMAT)
    public Response requests(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCodes, @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate, @QueryParam("status") String status,
            @QueryParam("api_key") String apiKey) {
        Format f = format(format);
        if (present(apiKey)) {
            admit(apiKey);
        }
        return answer(f, requestList(feed.requests(blankAsNull(ids), blankAsNull(serviceCodes), blankAsNull(startDate),
                blankAsNull(endDate), blankAsNull(status), locale())));
    }

    @GET
    @Path("requests/{id}." + FORMAT)
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        Format f = format(format);
        PublicServiceRequest found = feed.request(id, locale())
                .orElseThrow(() -> Refusal.notFound("service_request_id " + id + " was not found"));
        return answer(f, requestList(List.of(found)));
    }

    /**
     * Files the request and answers once registration came or the wait ran out; the answer is
     * written on a managed thread, never on registration's (which completes the wait after its commit).
     */
    private void file(Format f, Map<String, List<String>> form, String idempotencyKey, AsyncResponse response) {
        Open311Key key = admit(first(form, "api_key"));
        URI base = uri.getBaseUri();
        desk.file(key, form(form), idempotencyKey)
                .thenApplyAsync(filed -> filed(f, form, filed, base), executor)
                .whenComplete((answer, failure) -> response.resume(failure != null ? failure : answer));
    }

    /**
     * Always 200, with the {@code token} (the receipt) and, when registration finished within the
     * wait, the {@code service_request_id} as well: realtime clients accept only 200 and look for the
     * id, batch clients look for the token, and either finds it.
     */
    private Response filed(Format f, Map<String, List<String>> form, Open311Desk.Filed filed, URI base) {
        Fields answer = new Fields();
        URI follow;
        String extension = f.name().toLowerCase(Locale.ROOT);
        answer.put("service_request_id", filed.serviceRequestId());
        answer.put("token", filed.token().toString());
        if (filed.serviceRequestId() != null) {
            follow = UriBuilder.fromUri(base).path("requests").path(filed.serviceRequestId() + "." + extension).build();
            answer.put("service_notice", "Registered as appeal " + filed.serviceRequestId() + ". Follow it at " + follow);
        } else {
            follow = UriBuilder.fromUri(base).path("tokens").path(filed.token() + "." + extension).build();
            answer.put("service_notice", "Accepted and queued for registration. Its number will be at " + follow);
        }
        answer.put("account_id", first(form, "account_id"));
        GeoReportDocument document = GeoReportDocument.list("service_requests", "request", List.of(answer));
        return Response.ok(output(f, document), f.mediaType()).location(follow).build();
    }

    /** The client's key, checked and counted against its rate. */
    private Open311Key admit(String apiKey) {
        if (!present(apiKey)) {
            throw Refusal.forbidden("api_key is required to create a request: ask the office for one");
        }
        Open311Key key = keys.active(apiKey)
                .orElseThrow(() -> Refusal.forbidden("Invalid api_key received -- can't proceed with the request"));
        OptionalLong wait = throttle.admit(key);
        if (wait.isPresent()) {
            throw new Throttled(key.getRequestsPerMinute(), wait.getAsLong());
        }
        return key;
    }

    private static ServiceRequestForm form(Map<String, List<String>> form) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            Matcher attribute = ATTRIBUTE.matcher(field.getKey());
            if (attribute.matches()) {
                attributes.computeIfAbsent(attribute.group(1), c -> new ArrayList<>()).addAll(field.getValue());
            }
        }
        return new ServiceRequestForm(first(form, "service_code"), first(form, "lat"), first(form, "long"),
                first(form, "address_string"), first(form, "address_id"), first(form, "email"), first(form, "device_id"),
                first(form, "account_id"), first(form, "first_name"), first(form, "last_name"), first(form, "phone"),
                first(form, "description"), first(form, "media_url"), attributes);
    }

    private static GeoReportDocument requestList(List<PublicServiceRequest> requests) {
        return GeoReportDocument.list("service_requests", "request", requests.stream()
                .map(r -> new Fields()
                        .put("service_request_id", r.serviceRequestId())
                        .put("status", r.status())
                        .put("status_notes", r.statusNotes())
                        .put("service_name", r.serviceName())
                        .put("service_code", r.serviceCode())
                        .put("description", r.description())
                        .put("agency_responsible", r.agencyResponsible())
                        .put("service_notice", r.serviceNotice())
                        .put("requested_datetime", r.requestedDatetime())
                        .put("updated_datetime", r.updatedDatetime())
                        .put("expected_datetime", r.expectedDatetime())
                        .put("address", r.address())
                        .put("address_id", r.addressId())
                        .put("zipcode", null)
                        .put("lat", r.lat())
                        .put("long", r.lon())
                        .put("media_url", r.mediaUrl()))
                .toList());
    }

    /** The language of names and notes: the first of the client's Accept-Language the office writes in. */
    private Locale locale() {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> List.of("ky", "ru", "en").contains(l.getLanguage()))
                .findFirst().orElse(Locale.forLanguageTag("ru"));
    }

    private static Format format(String extension) {
        return Format.of(extension).orElseThrow(() -> Refusal.invalidField("format",
                "." + extension + " is not a format of this endpoint: use .xml or .json"));
    }

    private Response answer(String format, GeoReportDocument document) {
        return answer(format(format), document);
    }

    private static Response answer(Format f, GeoReportDocument document) {
        return Response.ok(output(f, document)).type(f.mediaType()).build();
    }

    static StreamingOutput output(Format f, GeoReportDocument document) {
        return out -> document.write(f, out);
    }

    private static String first(Map<String, List<String>> form, String name) {
        return form.getOrDefault(name, List.of()).stream().filter(GeoReportResource::present).map(String::strip)
                .findFirst().orElse(null);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankAsNull(String value) {
        return present(value) ? value.strip() : null;
    }
}
