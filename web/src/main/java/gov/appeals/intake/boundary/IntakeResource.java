package gov.appeals.intake.boundary;

import gov.appeals.intake.control.IncomingFile;
import gov.appeals.intake.control.IncomingFiles;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.BodyLimit;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Problem;
import gov.appeals.platform.rest.StrictJson;
import gov.appeals.submission.control.CheckedSubmission;
import gov.appeals.submission.entity.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where appeals enter: one endpoint per channel. Each answers 202 once the appeals are durably
 * queued, with a receipt to read out to the citizen; registration follows from the queue. Each
 * has its {@code …/checks} beside it, which checks a request by the same rules and files nothing:
 * 200 with the number of appeals it would file, or the same 400 that filing would answer.
 */
@Tag(name = "Intake")
@Path("intake")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    /** A radio batch of 1000 appeals of up to 20,000 characters each needs more than the default. */
    static final long RADIO_BATCH_LIMIT = 16L * 1024 * 1024;
    /** A letter's files (50 MiB at most, each part counted by {@link IncomingFiles}), its JSON and the parts' headers. */
    static final long WRITTEN_WITH_FILES_LIMIT = IncomingFiles.MAX_TOTAL_BYTES + BodyLimit.DEFAULT + 64 * 1024;
    /** What each intake endpoint's check does, for its description. */
    private static final String CHECK = """
            The same rules as filing, and nothing filed: no receipt, and no `Idempotency-Key` used. `200` with
            the number of appeals filing would make, or the `400` filing would answer, every bad field named.
            A desk checks a whole table or a letter's files before it files anything.""";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** An Excel table of ten thousand on-air appeals is well under this; a workbook of pictures is not one. */
    static final long RADIO_TABLE_LIMIT = 8L * 1024 * 1024;
    static final String APPEAL_PART = "appeal";
    static final String ATTACHMENT_PART = "attachment";

    @Inject
    IntakeRequests requests;

    @Inject
    IntakeDesk desk;

    @Inject
    AppealsSettings settings;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Operation(operationId = "fileHotlineAppeal", summary = "File a hotline appeal", description = """
            A hotline appeal: the fields every intake shares (docs/api.md, "Intake's common fields") and
            `callerNumber` (required), `callId`""")
    @APIResponse(responseCode = "202",
            description = "Accepted: the receipt. The appeal will be registered exactly once; follow the receipt at `Location`",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)), headers = @Header(name = "Location", ref = "Location"))
    @POST
    @Path("phone")
    @RolesAllowed(Roles.OPERATOR)
    public Response phone(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "ru", summary = "A loan secured on a pension, in Russian", value = """
                    {"kind": "APPLICATION", "language": "ru", "callerNumber": "+996 555 777 888",
                     "summary": "Банк требует досрочно вернуть кредит, взятый под залог пенсии",
                     "applicant": {"fullName": "Асанов Бакыт", "email": "bakyt@example.kg"}}"""),
            @ExampleObject(name = "ky", summary = "A school's roof, in Kyrgyz", value = """
                    {"kind": "COMPLAINT", "language": "ky", "callerNumber": "+996 700 123 456", "region": "NARYN",
                     "summary": "Айылдагы мектептин чатыры агып жатат, балдар суук класста окушат",
                     "applicant": {"fullName": "Токтогулова Айгүл", "phone": "+996 700 123 456"}}""")}))
            PhoneAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        return single(Channel.PHONE, request, requests.phone(request), key);
    }

    @Operation(operationId = "fileReceptionAppeal", summary = "File an appeal taken at a reception desk", description = """
            A reception appeal: the fields every intake shares and `receptionPoint` (required code),
            `ticketNumber`""")
    @APIResponse(responseCode = "202",
            description = "Accepted: the receipt. The appeal will be registered exactly once; follow the receipt at `Location`",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)), headers = @Header(name = "Location", ref = "Location"))
    @POST
    @Path("reception")
    @RolesAllowed(Roles.RECEPTION)
    public Response reception(ReceptionAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        return single(Channel.RECEPTION, request, requests.reception(request), key);
    }

    @Operation(operationId = "fileRadioAppeals", summary = "File a radio broadcast's appeals", description = """
            `{"broadcast": {programme, airDate, episode?}, "appeals": [1..1000 × common fields +
            answeredOnAir, onAirAnswer]}` → `{"receipts": [...]}` in input order; up to 16 MiB; every bad row
            and field named (`appeals[i].summary`)""")
    @APIResponse(responseCode = "202", description = "Accepted: a receipt for each appeal, in the order given",
            content = @Content(schema = @Schema(implementation = Receipts.class)))
    @POST
    @Path("radio")
    @RolesAllowed(Roles.PRODUCER)
    @BodyLimit(bytes = RADIO_BATCH_LIMIT)
    public Response radio(RadioBatchRequest batch, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        List<CheckedSubmission> appeals = requests.radio(batch);
        List<ReceiptView> receipts = desk.accept(Channel.RADIO, batch, appeals, key, security);
        return Response.accepted(new Receipts(receipts)).build();
    }

    /**
     * A producer's Excel table read into its rows, for the desk to check and file as it does a CSV:
     * nothing is filed or kept.
     */
    @Operation(operationId = "readRadioTable", summary = "Read a radio producer's workbook", description = """
            An Excel workbook (`.xlsx`, up to 8 MiB) → `{"header": [...], "rows": [[...], ...]}`: its first
            sheet's cells as text (dates as ISO-8601 in the office's zone, whole numbers without an
            exponent), for the console to check and file as it does a CSV; nothing is filed. At most 10,000
            rows and 50 columns; a file that is no workbook: `400` naming `table`""")
    @POST
    @Path("radio/table")
    @Consumes(MediaType.WILDCARD) // the type is checked here, after the role: a stranger learns nothing of it
    @RolesAllowed(Roles.PRODUCER)
    @BodyLimit(bytes = RADIO_TABLE_LIMIT)
    public RadioTable.Table radioTable(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @RequestBody(required = true, content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
            InputStream workbook) {
        if (!isWorkbook(type)) {
            throw new WebApplicationException(Problem.response(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "Send the table as an Excel workbook (" + XLSX + "); a CSV the desk reads itself"));
        }
        return RadioTable.read(workbook, settings.zone());
    }

    private static boolean isWorkbook(String type) {
        try {
            return type != null && MediaType.valueOf(type).isCompatible(MediaType.valueOf(XLSX));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Operation(operationId = "fileLetter", summary = "File a letter", description = """
            A letter: the fields every intake shares and `receivedVia` (`POST`, `COURIER`, `HAND`; required), `letterNumber`,
            `letterDate`; as JSON, or as `multipart/form-data` with the JSON in a part named `appeal` and
            each file in a part named `attachment`: PDF, JPEG, PNG or TIFF, told by their content, at most
            10 MiB each, 20 files and 50 MiB in all""")
    @APIResponse(responseCode = "202",
            description = "Accepted: the receipt. The appeal will be registered exactly once; follow the receipt at `Location`",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)), headers = @Header(name = "Location", ref = "Location"))
    @POST
    @Path("written")
    @RolesAllowed(Roles.CLERK)
    public Response written(WrittenAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        return single(Channel.WRITTEN, request, requests.written(request), key);
    }

    /**
     * A letter with its scanned pages or photos: the JSON in a part named {@code appeal}, each file
     * in a part named {@code attachment}. The letter is checked before any file is read; each file
     * is checked by its content and spooled, and all of them commit with the receipt or none does.
     */
    @POST
    @Path("written")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CLERK)
    @BodyLimit(bytes = WRITTEN_WITH_FILES_LIMIT)
    public Response writtenWithFiles(@RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(implementation = LetterWithFiles.class),
                    encoding = @Encoding(name = APPEAL_PART, contentType = MediaType.APPLICATION_JSON)))
            List<EntityPart> parts, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) throws IOException {
        return letterWithFiles(parts, key, false);
    }

    /** The parts of a letter with its files, for the API's description. */
    @Schema(requiredProperties = APPEAL_PART)
    public record LetterWithFiles(WrittenAppealRequest appeal,
            @Schema(type = SchemaType.ARRAY, maxItems = IncomingFiles.MAX_FILES, implementation = InputStream.class,
                    description = "PDF, JPEG, PNG or TIFF, told by content; at most 10 MiB each, 50 MiB in all")
            List<byte[]> attachment) {
    }

    /** Files a letter with its files, or with {@code check} only checks both and keeps nothing. */
    private Response letterWithFiles(List<EntityPart> parts, String key, boolean check) throws IOException {
        List<EntityPart> letters = named(parts, APPEAL_PART);
        if (letters.size() != 1) {
            throw InvalidRequestException.of(APPEAL_PART, "must be given once, as JSON (" + letters.size() + " given)");
        }
        for (EntityPart part : parts) {
            if (!part.getName().equals(APPEAL_PART) && !part.getName().equals(ATTACHMENT_PART)) {
                throw InvalidRequestException.of(part.getName(), "is not a part of a written appeal: send "
                        + APPEAL_PART + " and " + ATTACHMENT_PART + " parts only");
            }
        }
        // JSON whatever type the part declares: curl's -F sends text/plain unless told otherwise.
        WrittenAppealRequest request = StrictJson.read(letters.get(0).getContent(), WrittenAppealRequest.class, APPEAL_PART);
        CheckedSubmission submission = requests.written(request);
        List<EntityPart> files = named(parts, ATTACHMENT_PART);
        IncomingFiles.checkCount(ATTACHMENT_PART, files.size());
        List<IncomingFile> received = new ArrayList<>(files.size());
        try {
            long allowance = IncomingFiles.MAX_TOTAL_BYTES;
            for (int i = 0; i < files.size(); i++) {
                EntityPart part = files.get(i);
                IncomingFile file = IncomingFiles.receive(ATTACHMENT_PART + "[" + i + "]", part.getFileName().orElse(null),
                        part.getContent(), allowance);
                received.add(file);
                allowance -= file.size();
            }
            if (check) {
                return Response.ok(new Checked(1)).build();
            }
            return receipt(desk.accept(Channel.WRITTEN, request, List.of(submission), received, key, security));
        } finally {
            received.forEach(IncomingFile::close);
        }
    }

    @Operation(operationId = "checkHotlineAppeal", summary = "Check a hotline appeal without filing it", description = CHECK)
    @POST
    @Path("phone/checks")
    @RolesAllowed(Roles.OPERATOR)
    public Checked checkPhone(PhoneAppealRequest request) {
        requests.phone(request);
        return new Checked(1);
    }

    @Operation(operationId = "checkReceptionAppeal", summary = "Check a reception appeal without filing it", description = CHECK)
    @POST
    @Path("reception/checks")
    @RolesAllowed(Roles.RECEPTION)
    public Checked checkReception(ReceptionAppealRequest request) {
        requests.reception(request);
        return new Checked(1);
    }

    @Operation(operationId = "checkRadioAppeals", summary = "Check a radio broadcast's appeals without filing them",
            description = CHECK)
    @POST
    @Path("radio/checks")
    @RolesAllowed(Roles.PRODUCER)
    @BodyLimit(bytes = RADIO_BATCH_LIMIT)
    public Checked checkRadio(RadioBatchRequest batch) {
        return new Checked(requests.radio(batch).size());
    }

    @Operation(operationId = "checkLetter", summary = "Check a letter, and its files, without filing it", description = CHECK)
    @POST
    @Path("written/checks")
    @RolesAllowed(Roles.CLERK)
    public Checked checkLetter(WrittenAppealRequest request) {
        requests.written(request);
        return new Checked(1);
    }

    @POST
    @Path("written/checks")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CLERK)
    @BodyLimit(bytes = WRITTEN_WITH_FILES_LIMIT)
    public Response checkLetterWithFiles(@RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(implementation = LetterWithFiles.class),
                    encoding = @Encoding(name = APPEAL_PART, contentType = MediaType.APPLICATION_JSON)))
            List<EntityPart> parts) throws IOException {
        return letterWithFiles(parts, null, true);
    }

    private static List<EntityPart> named(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).toList();
    }

    private Response single(Channel channel, Object request, CheckedSubmission appeal, String key) {
        return receipt(desk.accept(channel, request, List.of(appeal), key, security));
    }

    /** A receipt for each appeal of a batch, in the order given. */
    public record Receipts(List<ReceiptView> receipts) {
    }

    /** What a check answers when the rules find nothing: how many appeals filing would make. */
    public record Checked(int appeals) {
    }

    private Response receipt(List<ReceiptView> receipts) {
        ReceiptView receipt = receipts.get(0);
        return Response.accepted(receipt)
                .location(uri.getBaseUriBuilder().path(ReceiptsResource.class).path(receipt.receiptId().toString()).build())
                .build();
    }
}
