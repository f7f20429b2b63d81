package gov.appeals.appeal.boundary;

import gov.appeals.appeal.control.CallerHistory;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.MatchKeys;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Languages;
import gov.appeals.platform.rest.Times;
import gov.appeals.reference.boundary.CodeName;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The earlier appeals of the caller a hotline operator or a reception desk is talking to. */
@Tag(name = "Intake")
@Path("intake/earlier-appeals")
@Produces(MediaType.APPLICATION_JSON)
public class CallerHistoryResource {

    /** An earlier appeal without its text or the applicant's name: enough to say "you called about this". */
    public record EarlierAppealView(String registrationNumber, OffsetDateTime receivedAt, CodeName category,
            AppealStatus status, OffsetDateTime dueAt) {
    }

    @Inject
    CallerHistory history;

    @Inject
    AppealsSettings settings;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /** {@code ?phone=}: as typed, in any format; newest first, at most {@link CallerHistory#LIMIT}. */
    @Operation(operationId = "findEarlierAppeals", summary = "A caller's earlier appeals, by phone", description = """
            `?phone=` as typed (at least 6 digits, any format): the caller's earlier appeals by the
            applicant's phone or the number a call came from, newest first, at most 20:
            `[{registrationNumber, receivedAt, category, status, dueAt}]`, no texts or names; each one shown
            is recorded in its access log (`CALLER_HISTORY`)""")
    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.RECEPTION})
    public List<EarlierAppealView> earlierAppeals(@QueryParam("phone") String phone) {
        if (phone == null || phone.length() > 40 || MatchKeys.phone(phone) == null) {
            throw InvalidRequestException.of("phone", "must be a phone number of at least 6 digits");
        }
        Locale locale = Languages.preferred(headers);
        return history.of(phone, Readers.of(security, request)).stream()
                .map(a -> new EarlierAppealView(a.registrationNumber(), Times.at(a.receivedAt(), settings.zone()),
                        CodeName.of(a.category(), locale), a.status(), Times.at(a.dueAt(), settings.zone())))
                .toList();
    }
}
