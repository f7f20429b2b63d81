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
import jakarta.ws.rs.QueryParam;
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
import java.util.Map;

/**
 * Where appeals enter: one endpoint per channel. Each answers 202 once the appeals are durably
 * queued, with a receipt to read out to the citizen; registration follows from the queue. With
 * {@code ?dryRun=true} each checks its request by the same rules and files nothing: 200 with the
 * number of appeals it would file, or the same 400 that filing would answer.
 */
@Path("intake")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    /** A radio batch of 1000 appeals of up to 20,000 characters each needs more than the default. */
    static final long RADIO_BATCH_LIMIT = 16L * 1024 * 1024;
    /** A letter's files (50 MiB at most, each part counted by {@link IncomingFiles}), its JSON and the parts' headers. */
    static final long WRITTEN_WITH_FILES_LIMIT = IncomingFiles.MAX_TOTAL_BYTES + BodyLimit.DEFAULT + 64 * 1024;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** An Excel table of ten thousand on-air appeals is well under this; a workbook of pictures is not one. */
    static final long RADIO_TABLE_LIMIT = 8L * 1024 * 1024;
    static final String APPEAL_PART = "appeal";
    static final String ATTACHMENT_PART = "attachment";
    static final String DRY_RUN = "dryRun";

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

    @POST
    @Path("phone")
    @RolesAllowed(Roles.OPERATOR)
    public Response phone(PhoneAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key,
            @QueryParam(DRY_RUN) boolean dryRun) {
        return single(Channel.PHONE, request, requests.phone(request), key, dryRun);
    }

    @POST
    @Path("reception")
    @RolesAllowed(Roles.RECEPTION)
    public Response reception(ReceptionAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key,
            @QueryParam(DRY_RUN) boolean dryRun) {
        return single(Channel.RECEPTION, request, requests.reception(request), key, dryRun);
    }

    @POST
    @Path("radio")
    @RolesAllowed(Roles.PRODUCER)
    @BodyLimit(bytes = RADIO_BATCH_LIMIT)
    public Response radio(RadioBatchRequest batch, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key,
            @QueryParam(DRY_RUN) boolean dryRun) {
        List<CheckedSubmission> appeals = requests.radio(batch);
        if (dryRun) {
            return checked(appeals.size());
        }
        List<ReceiptView> receipts = desk.accept(Channel.RADIO, batch, appeals, key, security);
        return Response.accepted(Map.of("receipts", receipts)).build();
    }

    /**
     * A producer's Excel table read into its rows, for the desk to check and file as it does a CSV:
     * nothing is filed or kept.
     */
    @POST
    @Path("radio/table")
    @Consumes(MediaType.WILDCARD) // the type is checked here, after the role: a stranger learns nothing of it
    @RolesAllowed(Roles.PRODUCER)
    @BodyLimit(bytes = RADIO_TABLE_LIMIT)
    public RadioTable.Table radioTable(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream workbook) {
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

    @POST
    @Path("written")
    @RolesAllowed(Roles.CLERK)
    public Response written(WrittenAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key,
            @QueryParam(DRY_RUN) boolean dryRun) {
        return single(Channel.WRITTEN, request, requests.written(request), key, dryRun);
    }

    /**
     * A letter with its scanned pages or photos: the JSON in a part named {@code appeal}, each file
     * in a part named {@code attachment}. The letter is checked before any file is read; each file
     * is checked by its content and spooled, and all of them commit with the receipt or none does.
     * A dry run checks the files too, and keeps none.
     */
    @POST
    @Path("written")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CLERK)
    @BodyLimit(bytes = WRITTEN_WITH_FILES_LIMIT)
    public Response writtenWithFiles(List<EntityPart> parts, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key,
            @QueryParam(DRY_RUN) boolean dryRun) throws IOException {
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
            if (dryRun) {
                return checked(1);
            }
            return receipt(desk.accept(Channel.WRITTEN, request, List.of(submission), received, key, security));
        } finally {
            received.forEach(IncomingFile::close);
        }
    }

    private static List<EntityPart> named(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).toList();
    }

    private Response single(Channel channel, Object request, CheckedSubmission appeal, String key, boolean dryRun) {
        return dryRun ? checked(1) : receipt(desk.accept(channel, request, List.of(appeal), key, security));
    }

    /** What a dry run answers when the rules find nothing: how many appeals filing would make. */
    public record Checked(boolean dryRun, int appeals) {
    }

    private static Response checked(int appeals) {
        return Response.ok(new Checked(true, appeals)).build();
    }

    private Response receipt(List<ReceiptView> receipts) {
        ReceiptView receipt = receipts.get(0);
        return Response.accepted(receipt)
                .location(uri.getBaseUriBuilder().path(ReceiptsResource.class).path(receipt.receiptId().toString()).build())
                .build();
    }
}
