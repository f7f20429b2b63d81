package gov.appeals.reporting.control;

import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.deadlines.control.DeadlineCalculator;
import gov.appeals.deadlines.control.WorkingDayCalendar;
import gov.appeals.platform.AppealsSettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The day tally (V21): for each day of receipt, body, subject and region, what became of the
 * appeals received that day. The summary tally's fold, which sees every change of an appeal,
 * counts the changed appeals' days again as a whole; a day with a change not folded yet is read
 * from its appeals. So the performance report and the public statistics are exact, and add up a
 * few rows a day instead of reading a year of appeals.
 */
@Stateless
public class DayTally {

    /** What a day tally is kept by. */
    public enum Dimension {
        BODY("body_code"), CATEGORY("category_code"), REGION("region_code");

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** The code of "none" (no region given, no body yet) in a key column. */
    static final String NONE = SummaryTally.NONE;

    private static final String OPEN = AppealStatus.OPEN.stream().map(st -> "'" + st.name() + "'").sorted()
            .collect(Collectors.joining(", "));

    private static final String KEY = "coalesce(body_code, ''), coalesce(category_code, ''), coalesce(region_code, '')";

    /** The counted columns of day_tally, in the order of {@link Figures#counted}. */
    private static final List<String> COUNTS = List.of("appeals", "answered", "answered_on_time", "answered_late",
            "redirections", "repeats", "supported", "verdicts", "satisfied", "reconsiderations");

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    @Inject
    DeadlineCalculator deadlines;

    /** One day's appeals of one body, subject and region. */
    record Key(String body, String category, String region) {

        String code(Dimension by) {
            String code = switch (by) {
                case BODY -> body;
                case CATEGORY -> category;
                case REGION -> region;
            };
            return code.equals(NONE) ? null : code;
        }
    }

    /** What a day's appeals came to, as the three tables keep it. */
    record Day(Map<Key, long[]> counts, Map<Key, Map<Instant, Long>> open, Map<Key, Map<Integer, Long>> answerDays) {
    }

    /** Counts these days again from their appeals, in the caller's transaction (the fold's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recount(Collection<LocalDate> days) {
        for (LocalDate day : days) {
            write(day, read(day));
        }
    }

    /** Counts one day again in a transaction of its own: an administrator's recount after a bulk load. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recountAlone(LocalDate day) {
        write(day, read(day));
    }

    /**
     * The figures of the appeals received from {@code from} to {@code to} (both included), by
     * {@code by}: open appeals count as overdue when their term ended before {@code now}.
     */
    public Map<String, Figures> figures(LocalDate from, LocalDate to, Dimension by, Instant now) {
        Map<String, Figures> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Set<LocalDate> changed = changedDays(from, to);
        String days = "received_on >= :from and received_on <= :to"
                + (changed.isEmpty() ? "" : " and received_on not in (:changed)");
        String col = by.column;
        for (Object[] r : tallied("select " + col + ", " + COUNTS.stream().map(c -> "sum(" + c + ")")
                .collect(Collectors.joining(", ")) + " from day_tally where " + days + " group by " + col, from, to, changed)) {
            long[] counts = new long[COUNTS.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = ((Number) r[i + 1]).longValue();
            }
            group(groups, (String) r[0]).counted(counts);
        }
        for (Object[] r : tallied("select " + col + ", sum(appeals) from day_tally_open where " + days
                + " and due_at < :now group by " + col, from, to, changed, now)) {
            group(groups, (String) r[0]).overdue(((Number) r[1]).longValue());
        }
        for (Object[] r : tallied("select " + col + ", working_days, sum(answers) from day_tally_answer_days where " + days
                + " group by " + col + ", working_days", from, to, changed)) {
            group(groups, (String) r[0]).answeredIn(((Number) r[1]).intValue(), ((Number) r[2]).longValue());
        }
        for (LocalDate day : changed) {
            Day d = read(day);
            d.counts().forEach((k, counts) -> groups.computeIfAbsent(k.code(by), c -> new Figures()).counted(counts));
            d.open().forEach((k, dues) -> dues.forEach((due, n) -> {
                if (due.isBefore(now)) {
                    groups.computeIfAbsent(k.code(by), c -> new Figures()).overdue(n);
                }
            }));
            d.answerDays().forEach((k, taken) -> taken.forEach((workingDays, n) ->
                    groups.computeIfAbsent(k.code(by), c -> new Figures()).answeredIn(workingDays, n)));
        }
        return groups;
    }

    private static Figures group(Map<String, Figures> groups, String code) {
        return groups.computeIfAbsent(NONE.equals(code) ? null : code, c -> new Figures());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> tallied(String sql, LocalDate from, LocalDate to, Set<LocalDate> changed, Instant... now) {
        Query q = em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        if (!changed.isEmpty()) {
            q.setParameter("changed", changed);
        }
        if (now.length > 0) {
            q.setParameter("now", now[0]);
        }
        return q.getResultList();
    }

    /**
     * The days of the period with an appeal changed since the fold last counted it. Read through the
     * pending mark's index alone, the period checked in Java: H2 otherwise reads the period's appeals
     * by receipt, or the whole table, for a mark that has two values (seconds for a year of a
     * national office); ordered by the index's columns, so that H2 takes it (as SummaryTally does).
     */
    private Set<LocalDate> changedDays(LocalDate from, LocalDate to) {
        ZoneId zone = settings.zone();
        Set<LocalDate> days = new TreeSet<>();
        for (Object at : em.createNativeQuery(
                "select received_at from appeal where tally_pending = true order by tally_pending, id").getResultList()) {
            LocalDate day = OpenData.instant(at).atZone(zone).toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                days.add(day);
            }
        }
        return days;
    }

    private void write(LocalDate day, Day d) {
        for (String table : List.of("day_tally", "day_tally_answer_days", "day_tally_open")) {
            em.createNativeQuery("delete from " + table + " where received_on = :day").setParameter("day", day).executeUpdate();
        }
        String counted = String.join(", ", COUNTS);
        String values = COUNTS.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        d.counts().forEach((k, counts) -> {
            Query insert = keyed(em.createNativeQuery("insert into day_tally (received_on, body_code, category_code, region_code, "
                    + counted + ") values (:day, :body, :category, :region, " + values + ")"), day, k);
            for (int i = 0; i < counts.length; i++) {
                insert.setParameter(COUNTS.get(i), counts[i]);
            }
            insert.executeUpdate();
        });
        d.open().forEach((k, dues) -> dues.forEach((due, n) -> keyed(em.createNativeQuery("""
                        insert into day_tally_open (received_on, body_code, category_code, region_code, due_at, appeals)
                        values (:day, :body, :category, :region, :due, :appeals)"""), day, k)
                .setParameter("due", due).setParameter("appeals", n).executeUpdate()));
        d.answerDays().forEach((k, taken) -> taken.forEach((workingDays, n) -> keyed(em.createNativeQuery("""
                        insert into day_tally_answer_days (received_on, body_code, category_code, region_code, working_days, answers)
                        values (:day, :body, :category, :region, :days, :answers)"""), day, k)
                .setParameter("days", workingDays).setParameter("answers", n).executeUpdate()));
    }

    private static Query keyed(Query q, LocalDate day, Key k) {
        return q.setParameter("day", day).setParameter("body", k.body()).setParameter("category", k.category())
                .setParameter("region", k.region());
    }

    /**
     * A day's appeals, read and counted as the tables keep them: one pass over the day, grouped by
     * what the three tables keep apart (key, due date, working days to answer).
     */
    @SuppressWarnings("unchecked")
    Day read(LocalDate day) {
        ZoneId zone = settings.zone();
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Key, long[]> counts = new HashMap<>();
        Map<Key, Map<Instant, Long>> open = new HashMap<>();
        Map<Key, Map<Integer, Long>> answerDays = new HashMap<>();
        boolean olderAnswers = false;
        for (Object[] r : (List<Object[]>) ofDay("""
                select %s, due_at, answer_working_days, count(*), count(answered_at),
                       sum(case when answered_at is not null and (due_at is null or answered_at <= due_at) then 1 else 0 end),
                       sum(case when answered_at is not null and answered_at > due_at then 1 else 0 end),
                       sum(redirection_count), sum(case when is_repeat then 1 else 0 end),
                       sum(case when answered_at is not null and answer_outcome = 'SUPPORTED' then 1 else 0 end),
                       count(verdict), sum(case when verdict = 'SATISFIED' then 1 else 0 end),
                       sum(case when answered_at is not null and reconsideration_requested then 1 else 0 end),
                       sum(case when answered_at is null and status in (%s) then 1 else 0 end),
                       sum(case when answered_at is not null and answer_working_days is null then 1 else 0 end)
                from appeal where received_at >= :start and received_at < :end
                group by body_code, category_code, region_code, due_at, answer_working_days""".formatted(KEY, OPEN), start, end)
                .getResultList()) {
            Key key = key(r);
            long[] c = counts.computeIfAbsent(key, k -> new long[COUNTS.size()]);
            for (int i = 0; i < c.length; i++) {
                c[i] += r[i + 5] == null ? 0 : ((Number) r[i + 5]).longValue();
            }
            long openAppeals = ((Number) r[15]).longValue();
            if (r[3] != null && openAppeals > 0) { // an appeal without a term is never overdue
                open.computeIfAbsent(key, k -> new HashMap<>()).merge(OpenData.instant(r[3]), openAppeals, Long::sum);
            }
            if (r[4] != null) { // only an answer keeps its working days
                answerDays.computeIfAbsent(key, k -> new HashMap<>())
                        .merge(((Number) r[4]).intValue(), ((Number) r[6]).longValue(), Long::sum);
            }
            olderAnswers |= ((Number) r[16]).longValue() > 0;
        }
        if (olderAnswers) {
            // Answers given before each kept its working days (V20): counted from the two dates on today's calendar.
            WorkingDayCalendar calendar = deadlines.terms().calendar();
            for (Object[] r : (List<Object[]>) ofDay("""
                    select %s, received_at, answered_at from appeal
                    where received_at >= :start and received_at < :end and answered_at is not null
                          and answer_working_days is null""".formatted(KEY), start, end).getResultList()) {
                int days = calendar.workingDaysBetween(OpenData.instant(r[3]).atZone(zone).toLocalDate(),
                        OpenData.instant(r[4]).atZone(zone).toLocalDate());
                answerDays.computeIfAbsent(key(r), k -> new HashMap<>()).merge(days, 1L, Long::sum);
            }
        }
        return new Day(counts, open, answerDays);
    }

    private Query ofDay(String sql, Instant start, Instant end) {
        return em.createNativeQuery(sql).setParameter("start", start).setParameter("end", end);
    }

    private static Key key(Object[] r) {
        return new Key((String) r[0], (String) r[1], (String) r[2]);
    }

    /** One group's figures: the counts, the open appeals past their term, and how many answers took each number of working days. */
    public static final class Figures {
        long appeals;
        long answered;
        long onTime;
        long late;
        long redirections;
        long repeats;
        long supported;
        long verdicts;
        long satisfied;
        long reconsiderations;
        long openOverdue;
        long[] daysToAnswer = new long[64];

        /** Counts in the order of the day_tally columns ({@link #COUNTS}). */
        void counted(long[] c) {
            appeals += c[0];
            answered += c[1];
            onTime += c[2];
            late += c[3];
            redirections += c[4];
            repeats += c[5];
            supported += c[6];
            verdicts += c[7];
            satisfied += c[8];
            reconsiderations += c[9];
        }

        void overdue(long appeals) {
            openOverdue += appeals;
        }

        void answeredIn(int workingDays, long answers) {
            if (workingDays >= daysToAnswer.length) {
                daysToAnswer = Arrays.copyOf(daysToAnswer, Math.max(workingDays + 1, daysToAnswer.length * 2));
            }
            daysToAnswer[workingDays] += answers;
        }

        /** Adds another group's figures to these: the total of a report. */
        void add(Figures other) {
            counted(new long[] {other.appeals, other.answered, other.onTime, other.late, other.redirections, other.repeats,
                    other.supported, other.verdicts, other.satisfied, other.reconsiderations});
            openOverdue += other.openOverdue;
            for (int days = 0; days < other.daysToAnswer.length; days++) {
                if (other.daysToAnswer[days] > 0) {
                    answeredIn(days, other.daysToAnswer[days]);
                }
            }
        }

        /** The nearest-rank percentile of the working days to answer; null without an answer. */
        Integer percentile(int p) {
            long answers = 0;
            for (long count : daysToAnswer) {
                answers += count;
            }
            if (answers == 0) {
                return null;
            }
            long rank = (long) Math.ceil(p / 100.0 * answers);
            long seen = 0;
            for (int days = 0; days < daysToAnswer.length; days++) {
                seen += daysToAnswer[days];
                if (seen >= rank) {
                    return days;
                }
            }
            return daysToAnswer.length - 1;
        }
    }
}
