package gov.appeals.deadlines.boundary;

import gov.appeals.deadlines.control.JurisdictionPreset;
import gov.appeals.deadlines.control.ProductionCalendars;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.Caller;
import gov.appeals.platform.rest.FieldError;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A jurisdiction's working-day calendar for one year, read and replaced as a whole by an
 * administrator when a decree moves days off or the dates of the religious holidays are announced.
 */
@Tag(name = "Administration")
@Path("admin/calendars/{jurisdiction}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CalendarsResource {

    static final int MAX_SOURCE = 1000;
    static final int MAX_NAME = 200;
    static final int MAX_DAYS = 120;

    public record DayView(LocalDate date, String name, boolean workingDay) {
    }

    public record CalendarView(String jurisdiction, int year, String source, boolean provisional, OffsetDateTime updatedAt,
            String updatedBy, List<DayView> days) {
    }

    public record DueDateDifferenceView(String registrationNumber, OffsetDateTime dueAt, OffsetDateTime dueUnderNewCalendar) {
    }

    public record ReplacedView(CalendarView calendar, List<DueDateDifferenceView> openAppealsWithAnotherDueDate) {
    }

    public record DayRequest(String date, String name, Boolean workingDay) {
    }

    public record CalendarRequest(String source, Boolean provisional, List<DayRequest> days) {
    }

    @Inject
    ProductionCalendars calendars;

    @Inject
    AppealsSettings settings;

    @Context
    SecurityContext security;

    @Operation(operationId = "readCalendar", summary = "A year's working-day calendar", description = """
            A year's working-day calendar, with its source""")
    @GET
    public CalendarView read(@PathParam("jurisdiction") String jurisdiction, @PathParam("year") String year) {
        String code = jurisdiction(jurisdiction);
        int y = year(year);
        return calendars.find(code, y).map(this::view)
                .orElseThrow(() -> new NotFoundException("No " + code + " calendar for " + y));
    }

    @Operation(operationId = "replaceCalendar", summary = "Replace a year's working-day calendar", description = """
            `{source, provisional, days: [{date, name, workingDay}]}`: replace the year as a whole
            (docs/operations.md)""")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ReplacedView replace(@PathParam("jurisdiction") String jurisdiction, @PathParam("year") String year,
            CalendarRequest request) {
        return replaceOrPreview(jurisdiction, year, request, false);
    }

    /**
     * What a replacement would report, replacing nothing: the open appeals whose due date the
     * calendar sent would set otherwise; the administrator reads it before saving.
     */
    @Operation(operationId = "previewCalendar", summary = "What replacing a calendar would change", description = """
            The same body: what the replacement would answer (`openAppealsWithAnotherDueDate`), replacing
            nothing""")
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReplacedView preview(@PathParam("jurisdiction") String jurisdiction, @PathParam("year") String year,
            CalendarRequest request) {
        return replaceOrPreview(jurisdiction, year, request, true);
    }

    private ReplacedView replaceOrPreview(String jurisdiction, String year, CalendarRequest request, boolean preview) {
        String code = jurisdiction(jurisdiction);
        int y = year(year);
        if (request == null) {
            throw InvalidRequestException.of("body", "a JSON object is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String source = request.source() == null ? null : request.source().strip();
        if (source == null || source.isEmpty()) {
            errors.add(new FieldError("source", "is required: the law or decree this calendar follows"));
        } else if (source.length() > MAX_SOURCE) {
            errors.add(new FieldError("source", "must be at most " + MAX_SOURCE + " characters"));
        }
        List<ProductionCalendars.Day> days = days(request.days(), y, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        boolean provisional = Boolean.TRUE.equals(request.provisional());
        ProductionCalendars.Replaced replaced = preview
                ? calendars.preview(code, y, source, provisional, days, Caller.name(security))
                : calendars.replace(code, y, source, provisional, days, Caller.name(security));
        return new ReplacedView(view(replaced.calendar()), replaced.openAppealsWithAnotherDueDate().stream()
                .map(d -> new DueDateDifferenceView(d.registrationNumber(), Times.at(d.dueAt(), settings.zone()),
                        Times.at(d.dueUnderNewCalendar(), settings.zone())))
                .toList());
    }

    private static List<ProductionCalendars.Day> days(List<DayRequest> requested, int year, List<FieldError> errors) {
        if (requested == null) {
            errors.add(new FieldError("days", "is required: the holidays and worked weekend days of the year"));
            return List.of();
        }
        if (requested.size() > MAX_DAYS) {
            errors.add(new FieldError("days", "at most " + MAX_DAYS + " days"));
            return List.of();
        }
        List<ProductionCalendars.Day> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "days[" + i + "]";
            DayRequest day = requested.get(i);
            if (day == null) {
                errors.add(new FieldError(field, "must be an object {date, name, workingDay}"));
                continue;
            }
            LocalDate date = null;
            try {
                date = day.date() == null ? null : LocalDate.parse(day.date());
            } catch (DateTimeException e) {
                errors.add(new FieldError(field + ".date", "must be a date YYYY-MM-DD"));
            }
            if (day.date() == null) {
                errors.add(new FieldError(field + ".date", "is required"));
            }
            boolean working = Boolean.TRUE.equals(day.workingDay());
            if (date != null) {
                if (date.getYear() != year) {
                    errors.add(new FieldError(field + ".date", "must be in " + year));
                } else if (!seen.add(date)) {
                    errors.add(new FieldError(field + ".date", "appears twice"));
                }
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (working && !weekend) {
                    errors.add(new FieldError(field + ".workingDay", "only a Saturday or Sunday can be made a working day"));
                }
            }
            String name = day.name() == null ? null : day.name().strip();
            if (name == null || name.isEmpty()) {
                errors.add(new FieldError(field + ".name", "is required"));
            } else if (name.length() > MAX_NAME) {
                errors.add(new FieldError(field + ".name", "must be at most " + MAX_NAME + " characters"));
            }
            if (date != null && name != null) {
                days.add(new ProductionCalendars.Day(date, name, working));
            }
        }
        return days;
    }

    private static String jurisdiction(String value) {
        String code = value.toUpperCase(Locale.ROOT);
        for (JurisdictionPreset preset : JurisdictionPreset.values()) {
            if (preset.name().equals(code)) {
                return code;
            }
        }
        throw new NotFoundException("No jurisdiction " + value + ": KG, KZ or RU");
    }

    private static int year(String value) {
        try {
            int year = Integer.parseInt(value);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new NotFoundException("No calendar year " + value + ": a year from 2000 to 2100");
    }

    private CalendarView view(ProductionCalendars.Calendar c) {
        return new CalendarView(c.jurisdiction(), c.year(), c.source(), c.provisional(),
                Times.at(c.updatedAt(), settings.zone()), c.updatedBy(),
                c.days().stream().map(d -> new DayView(d.date(), d.name(), d.workingDay())).toList());
    }
}
