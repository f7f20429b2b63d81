package gov.appeals.reference.boundary;

import gov.appeals.platform.Roles;
import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.reference.entity.CodedEntry;
import gov.appeals.reference.entity.ReceptionPoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The codes clients send, with their names in Kyrgyz, Russian and English. */
@Tag(name = "Reference data")
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.RECEPTION, Roles.PRODUCER, Roles.CLERK, Roles.DISPATCHER, Roles.OFFICER,
        Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN})
public class ReferenceResource {

    public record Entry(String code, String nameKy, String nameRu, String nameEn) {
        static Entry of(CodedEntry e) {
            return new Entry(e.getCode(), e.getNameKy(), e.getNameRu(), e.getNameEn());
        }
    }

    public record ReceptionPointEntry(String code, String nameKy, String nameRu, String nameEn, String region) {
        static ReceptionPointEntry of(ReceptionPoint p) {
            return new ReceptionPointEntry(p.getCode(), p.getNameKy(), p.getNameRu(), p.getNameEn(),
                    p.getRegion().getCode());
        }
    }

    @Inject
    ReferenceCatalog catalog;

    @Operation(operationId = "listCategories", summary = "Subjects", description = """
            Subjects, with names in Kyrgyz, Russian and English""")
    @GET
    @Path("categories")
    public List<Entry> categories() {
        return catalog.categories().stream().map(Entry::of).toList();
    }

    @Operation(operationId = "listRegions", summary = "Regions", description = """
            Regions""")
    @GET
    @Path("regions")
    public List<Entry> regions() {
        return catalog.regions().stream().map(Entry::of).toList();
    }

    @Operation(operationId = "listBodies", summary = "The bodies that answer appeals", description = """
            The bodies that answer appeals""")
    @GET
    @Path("bodies")
    public List<Entry> bodies() {
        return catalog.bodies().stream().map(Entry::of).toList();
    }

    @Operation(operationId = "listReceptionPoints", summary = "Public reception desks", description = """
            Public reception desks, with their region""")
    @GET
    @Path("reception-points")
    public List<ReceptionPointEntry> receptionPoints() {
        return catalog.receptionPoints().stream().map(ReceptionPointEntry::of).toList();
    }
}
