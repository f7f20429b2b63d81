package gov.appeals.appeal.boundary;

import gov.appeals.appeal.control.AppealFiles;
import gov.appeals.appeal.control.Reader;
import gov.appeals.intake.entity.Attachment;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.Times;
import gov.appeals.routing.control.ColleagueGrants;
import gov.appeals.routing.control.WorkScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The files that came with an appeal (a letter's scanned pages, photos, PDF), for those who may
 * read the appeal; anyone else gets 404, as for the appeal itself. A file is sent as it was
 * received, a piece at a time, as an attachment of the type its content was found to be.
 */
@Tag(name = "Appeals")
@Path("appeals/{registrationNumber}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN, Roles.OFFICER})
public class AppealFilesResource {

    public record FileView(long id, String fileName, String mediaType, long size, String sha256,
            OffsetDateTime receivedAt) {
    }

    @Inject
    AppealFiles files;

    @Inject
    ColleagueGrants grants;

    @Inject
    AppealsSettings settings;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @PathParam("registrationNumber")
    String number;

    @Operation(operationId = "listAttachments", summary = "The files that came with an appeal", description = """
            The files that came with it: `[{id, fileName, mediaType, size, sha256, receivedAt}]`; a read of
            personal data, recorded

            Who: DISPATCHER, SUPERVISOR, ADMIN, an OFFICER whose appeal it is (assigned, the body's head, or
            covering by grant).""")
    @GET
    public List<FileView> list() {
        return files.list(number, reader(), scope()).stream()
                .map(a -> new FileView(a.getId(), a.getFileName(), a.getMediaType(), a.getSize(), a.getSha256(),
                        Times.at(a.getReceivedAt(), settings.zone())))
                .toList();
    }

    @Operation(operationId = "readAttachment", summary = "One file of an appeal, as it came", description = """
            One file as it came, `Content-Disposition: attachment`, of the type its content was found to be;
            recorded

            Who: DISPATCHER, SUPERVISOR, ADMIN, an OFFICER whose appeal it is (assigned, the body's head, or
            covering by grant).""")
    @APIResponse(responseCode = "200", description = "The file as it came, of the type its content was found to be", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/tiff", schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Disposition", description = "`attachment`, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id) {
        Attachment file = files.file(number, id, reader(), scope());
        StreamingOutput body = out -> {
            for (int seq = 0; seq < file.getChunks(); seq++) {
                out.write(files.piece(file, seq));
            }
        };
        CacheControl personalData = new CacheControl();
        personalData.setNoStore(true);
        return Response.ok(body, file.getMediaType())
                .header(HttpHeaders.CONTENT_LENGTH, file.getSize())
                .header("Content-Disposition", disposition(file.getFileName(), id, file.getMediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(personalData)
                .build();
    }

    private Reader reader() {
        return Readers.of(security, request);
    }

    private WorkScope scope() {
        return grants.scopeOf(Caller.name(security), Caller.roles(security));
    }

    /**
     * Always an attachment, never shown inline: the sender's file name in both forms of RFC 6266,
     * a plain ASCII one for old clients and the exact one, percent-encoded.
     */
    static String disposition(String fileName, long id, String mediaType) {
        String name = fileName == null || fileName.isBlank() ? "attachment-" + id + extension(mediaType) : fileName;
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/tiff" -> ".tif";
            default -> "";
        };
    }
}
