package gov.appeals.open311.control;

import gov.appeals.appeal.control.Appeals;
import gov.appeals.appeal.entity.AnswerOutcome;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.Location;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Refusal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GeoReport's GET requests: the appeals filed through Open311, as anyone may see them. The window
 * and the limit are the specification's: the last 90 days when no dates are given, never more
 * than 90 days, at most 1000 requests, newest first.
 */
@Stateless
public class Open311Feed {

    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;
    static final String OPEN = "open";
    static final String CLOSED = "closed";

    private static final Map<AnswerOutcome, Text> OUTCOMES = Map.of(
            AnswerOutcome.SUPPORTED, new Text("колдоого алынды", "поддержано", "supported"),
            AnswerOutcome.EXPLAINED, new Text("түшүндүрүлдү", "разъяснено", "explained"),
            AnswerOutcome.NOT_SUPPORTED, new Text("колдоого алынган жок", "не поддержано", "not supported"),
            AnswerOutcome.LEFT_UNANSWERED, new Text("мыйзамдуу негизде жоопсуз калтырылды",
                    "оставлено без ответа по основанию закона", "left unanswered on a legal ground"));

    @Inject
    Appeals appeals;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    /**
     * @param ids {@code service_request_id}, comma-separated: when given, nothing else applies
     * @throws Refusal naming the argument at fault
     */
    public List<PublicServiceRequest> requests(String ids, String serviceCodes, String startDate, String endDate,
            String statuses, Locale locale) {
        List<String> numbers = commaSeparated(ids);
        if (numbers.size() > MAX_REQUESTS) {
            throw Refusal.invalidField("service_request_id", "names more than " + MAX_REQUESTS + " requests");
        }
        Instant start = dateTime("start_date", startDate);
        Instant end = dateTime("end_date", endDate);
        if (end == null) {
            end = start == null ? clock.instant() : start.plus(MAX_WINDOW);
        }
        if (start == null) {
            start = end.minus(MAX_WINDOW);
        }
        if (!numbers.isEmpty()) {
            start = null;
            end = null;
        } else if (start.isAfter(end)) {
            throw Refusal.invalidField("start_date", "is after end_date");
        } else if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw Refusal.invalidField("end_date", "the range may not span more than 90 days");
        }
        List<Appeal> found = appeals.filedThroughOpen311(numbers, commaSeparated(serviceCodes), start,
                end == null ? null : end.plusNanos(1), statuses(statuses), MAX_REQUESTS);
        return show(found, locale);
    }

    public Optional<PublicServiceRequest> request(String number, Locale locale) {
        return show(appeals.filedThroughOpen311(List.of(number), List.of(), null, null, List.of(), 1), locale)
                .stream().findFirst();
    }

    private List<PublicServiceRequest> show(List<Appeal> found, Locale locale) {
        Map<Long, Instant> changed = appeals.lastChanged(found.stream().map(Appeal::getId).toList());
        ZoneId zone = settings.zone();
        List<PublicServiceRequest> shown = new ArrayList<>(found.size());
        for (Appeal a : found) {
            boolean open = AppealStatus.OPEN.contains(a.getStatus());
            String subject = a.getMatter().category().nameIn(locale);
            Location place = a.getMatter().location();
            String description = a.isDescriptionPublic()
                    ? a.getMatter().summary().substring(0, Math.min(a.getMatter().summary().length(), Open311Desk.MAX_DESCRIPTION)) : subject;
            shown.add(new PublicServiceRequest(a.getRegistrationNumber(), open ? OPEN : CLOSED, statusNotes(a, locale),
                    subject, a.getMatter().category().getCode(), description,
                    a.getCustody().body() == null ? null : a.getCustody().body().nameIn(locale),
                    open && a.getTerm().dueAt() != null ? dueNotice(a.getTerm().dueAt(), zone, locale) : null,
                    at(a.getMatter().receivedAt(), zone), at(changed.getOrDefault(a.getId(), a.getRegisteredAt()), zone),
                    at(a.getTerm().dueAt(), zone),
                    place == null || !a.isDescriptionPublic() ? null : place.address(),
                    place == null || !a.isDescriptionPublic() ? null : place.addressId(),
                    place == null ? null : shown(place.latitude(), a.isDescriptionPublic()),
                    place == null ? null : shown(place.longitude(), a.isDescriptionPublic()),
                    a.isDescriptionPublic() ? a.getMatter().channelDetails().mediaUrl() : null));
        }
        return shown;
    }

    /**
     * A coordinate as the feed shows it: exact once an official published the report; before
     * that, on a grid of a thousandth of a degree (about 110 m north to south, 80 m east to west
     * here), which places a pothole on its street and no one's home. The address, free text that
     * can be a home address, is shown only once published, as the description is.
     */
    static Double shown(Double coordinate, boolean published) {
        if (coordinate == null || published) {
            return coordinate;
        }
        return Math.round(coordinate * GRID) / GRID;
    }

    private static final double GRID = 1_000;

    /** Where it stands, in words and codes only: never the answer's text. */
    private static String statusNotes(Appeal a, Locale locale) {
        return switch (a.getStatus()) {
            case REGISTERED -> a.getCustody().body() == null
                    ? new Text("Катталды; ыйгарым укуктуу органды күтүүдө", "Зарегистрировано; ожидает направления в компетентный орган",
                            "Registered; waiting to be routed to the competent body").in(locale)
                    : new Text("Катталды; органга жөнөтүлдү", "Зарегистрировано; направлено в орган",
                            "Registered; sent to the body").in(locale);
            case ASSIGNED -> new Text("Органда каралууда", "На рассмотрении в органе", "Under consideration by the body")
                    .in(locale);
            case ANSWERED, CLOSED -> a.getAnswer() == null
                    ? new Text("Кабыл алууда чечилди", "Решено при приёме", "Settled when received").in(locale)
                    : new Text("Жооп берилди: ", "Дан ответ: ", "Answered: ").in(locale)
                            + OUTCOMES.get(a.getAnswer().outcome()).in(locale);
        };
    }

    private static String dueNotice(Instant due, ZoneId zone, Locale locale) {
        return new Text("Жооп берилүүчү мөөнөт: ", "Ответ должен быть дан до ", "An answer is due by ").in(locale)
                + due.atZone(zone).toLocalDate();
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static Instant dateTime(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Refusal.invalidField(field, "must be a w3 date and time with its offset, such as 2026-11-01T00:00:00Z");
        }
    }

    private static Set<AppealStatus> statuses(String value) {
        Set<AppealStatus> statuses = EnumSet.noneOf(AppealStatus.class);
        for (String s : commaSeparated(value)) {
            switch (s) {
                case OPEN -> statuses.addAll(AppealStatus.OPEN);
                case CLOSED -> statuses.addAll(EnumSet.complementOf(EnumSet.copyOf(AppealStatus.OPEN)));
                default -> throw Refusal.invalidField("status", "must be open or closed, or both comma-separated");
            }
        }
        return statuses.size() == AppealStatus.values().length ? Set.of() : statuses;
    }

    private static List<String> commaSeparated(String value) {
        if (value == null) {
            return List.of();
        }
        Set<String> parts = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return List.copyOf(parts);
    }
}
