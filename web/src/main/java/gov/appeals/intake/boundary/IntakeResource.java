package gov.appeals.intake.boundary;

import gov.appeals.intake.control.IncomingFile;
import gov.appeals.intake.control.IncomingFiles;
import gov.appeals.intake.entity.AppealSubmission;
import gov.appeals.intake.entity.Channel;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.BodyLimit;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.StrictJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where appeals enter: one endpoint per channel. Each answers 202 once the appeals are durably
 * queued, with a receipt to read out to the citizen; registration follows from the queue.
 */
@Path("intake")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    /** A radio batch of 1000 appeals of up to 20,000 characters each needs more than the default. */
    static final long RADIO_BATCH_LIMIT = 16L * 1024 * 1024;
    /** A letter's files (50 MiB at most, each part counted by {@link IncomingFiles}), its JSON and the parts' headers. */
    static final long WRITTEN_WITH_FILES_LIMIT = IncomingFiles.MAX_TOTAL_BYTES + BodyLimit.DEFAULT + 64 * 1024;
    static final String APPEAL_PART = "appeal";
    static final String ATTACHMENT_PART = "attachment";

    @Inject
    IntakeRequestValidator validator;

    @Inject
    IntakeDesk desk;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("phone")
    @RolesAllowed(Roles.OPERATOR)
    public Response phone(PhoneAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        return single(desk.accept(Channel.PHONE, request, List.of(validator.phone(request)), key, security));
    }

    @POST
    @Path("reception")
    @RolesAllowed(Roles.RECEPTION)
    public Response reception(ReceptionAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        return single(desk.accept(Channel.RECEPTION, request, List.of(validator.reception(request)), key, security));
    }

    @POST
    @Path("radio")
    @RolesAllowed(Roles.PRODUCER)
    @BodyLimit(bytes = RADIO_BATCH_LIMIT)
    public Response radio(RadioBatchRequest batch, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        List<ReceiptView> receipts = desk.accept(Channel.RADIO, batch, validator.radio(batch), key, security);
        return Response.accepted(Map.of("receipts", receipts)).build();
    }

    @POST
    @Path("written")
    @RolesAllowed(Roles.CLERK)
    public Response written(WrittenAppealRequest request, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key) {
        return single(desk.accept(Channel.WRITTEN, request, List.of(validator.written(request)), key, security));
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
    public Response writtenWithFiles(List<EntityPart> parts, @HeaderParam(IntakeDesk.IDEMPOTENCY_KEY) String key)
            throws IOException {
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
        AppealSubmission submission = validator.written(request);
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
            return single(desk.accept(Channel.WRITTEN, request, List.of(submission), received, key, security));
        } finally {
            received.forEach(IncomingFile::close);
        }
    }

    private static List<EntityPart> named(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).toList();
    }

    private Response single(List<ReceiptView> receipts) {
        ReceiptView receipt = receipts.get(0);
        return Response.accepted(receipt)
                .location(uri.getBaseUriBuilder().path(ReceiptsResource.class).path(receipt.receiptId().toString()).build())
                .build();
    }
}
