package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealLink;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.EscalationReason;
import gov.appeals.appeal.entity.DeadlineMark;
import gov.appeals.appeal.entity.LinkType;
import gov.appeals.appeal.entity.MatchKeys;
import gov.appeals.appeal.entity.PersonalDataAccess;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Page;
import gov.appeals.platform.persistence.Database;
import gov.appeals.routing.control.WorkScope;
import gov.appeals.submission.entity.ReceivedVia;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The appeals, asked in the domain's words: the one place that knows how they are stored and
 * queried. Every component that needs appeals asks here; everything a caller shows is fetched
 * inside the transaction.
 */
@Stateless
public class Appeals {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReaderBodies readerBodies;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    @Inject
    Database database;

    /**
     * The whole appeal with its history and personal data. The history comes in the same round trip
     * (a lookup is the most frequent read; one row per history entry, a handful each).
     */
    public Optional<Appeal> read(String registrationNumber) {
        Optional<Appeal> appeal = em.createQuery("""
                        select a from Appeal a
                        left join fetch a.matter.category left join fetch a.matter.region left join fetch a.custody.body
                        left join fetch a.custody.assignee left join fetch a.matter.respondent
                        left join fetch a.matter.channelDetails.receptionPoint
                        left join fetch a.history
                        where a.registrationNumber = :number""", Appeal.class)
                .setParameter("number", registrationNumber)
                .getResultList().stream().findFirst();
        appeal.ifPresent(Appeals::initialize);
        return appeal;
    }

    public Appeal byId(long id) {
        return em.find(Appeal.class, id);
    }

    /** The appeal and the body holding it, nothing else: for the citizen's lookup, the most frequent read. */
    public Optional<Appeal> forPublicLookup(String registrationNumber) {
        return em.createQuery("select a from Appeal a left join fetch a.custody.body where a.registrationNumber = :n", Appeal.class)
                .setParameter("n", registrationNumber)
                .getResultStream().findFirst();
    }

    /** The registration numbers of these appeals, by id. */
    public Map<Long, String> numbers(Collection<Long> ids) {
        Map<Long, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a.id, a.registrationNumber from Appeal a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream().forEach(r -> numbers.put((Long) r[0], (String) r[1]));
        }
        return numbers;
    }

    /** The open appeals registered as duplicates of this one: one answer answers them all. */
    public List<Appeal> openDuplicatesOf(Appeal original) {
        return em.createQuery("""
                        select l.appeal from AppealLink l
                        where l.earlier = :a and l.type = :duplicate and l.appeal.status in :open""", Appeal.class)
                .setParameter("a", original).setParameter("duplicate", LinkType.DUPLICATE)
                .setParameter("open", AppealStatus.OPEN).getResultList();
    }

    /** An earlier appeal of the same person, as the matcher at registration sees it. */
    public record Earlier(long id, AppealStatus status, boolean answered, Instant registeredAt) {
    }

    /**
     * The appeals of the same person (any of the keys) on the same subject, registered since
     * {@code since}, other than the one of {@code receiptId}; at most 50.
     */
    public List<Earlier> earlierOfTheSamePerson(MatchKeys who, String category, Instant since, UUID receiptId) {
        List<String> keys = new ArrayList<>();
        if (who.phone() != null) {
            keys.add("a.applicant.matchPhone = :phone");
        }
        if (who.email() != null) {
            keys.add("a.applicant.matchEmail = :email");
        }
        if (who.nationalId() != null) {
            keys.add("a.applicant.matchNationalId = :nationalId");
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery("""
                select a.id, a.status, a.answer.outcome, a.registeredAt
                from Appeal a
                where a.matter.category.code = :category and a.registeredAt >= :since and a.receiptId <> :receipt
                  and (""" + String.join(" or ", keys) + ")", Object[].class)
                .setParameter("category", category)
                .setParameter("since", since)
                .setParameter("receipt", receiptId)
                .setMaxResults(50);
        if (who.phone() != null) {
            query.setParameter("phone", who.phone());
        }
        if (who.email() != null) {
            query.setParameter("email", who.email());
        }
        if (who.nationalId() != null) {
            query.setParameter("nationalId", who.nationalId());
        }
        return query.getResultList().stream()
                .map(row -> new Earlier((Long) row[0], (AppealStatus) row[1], row[2] != null, (Instant) row[3]))
                .toList();
    }

    /** An open appeal's term as registered, for recounting it on another calendar. */
    public record OpenTerm(String registrationNumber, Instant receivedAt, Instant registeredAt, Instant dueAt) {
    }

    /** Open appeals due from {@code firstDay} on and registered before {@code afterLastDay}, soonest first. */
    public List<OpenTerm> openTermsRunningInto(Instant firstDay, Instant afterLastDay) {
        return em.createQuery("select a.registrationNumber, a.matter.receivedAt, a.registeredAt, a.term.dueAt"
                        + " from Appeal a where a.status in :open and a.term.dueAt >= :firstDay and a.registeredAt < :afterLastDay"
                        + " order by a.term.dueAt, a.registrationNumber", Object[].class)
                .setParameter("open", AppealStatus.OPEN)
                .setParameter("firstDay", firstDay)
                .setParameter("afterLastDay", afterLastDay)
                .getResultStream()
                .map(r -> new OpenTerm((String) r[0], (Instant) r[1], (Instant) r[2], (Instant) r[3]))
                .toList();
    }

    // ---- Deadline marks: one condition per mark serves the deadline watch and the watchlists.

    private static String condition(DeadlineMark mark) {
        return switch (mark) {
            case DUE_SOON -> "a.status in :statuses and a.term.dueAt >= :now and a.term.dueAt <= :horizon";
            case OVERDUE -> "a.status in :statuses and a.term.dueAt < :now";
            case FORWARDING_OVERDUE -> "a.status in :statuses and a.custody.assignee is null and a.custody.forwardBy < :now";
        };
    }

    private static String notYetNoted(DeadlineMark mark) {
        return switch (mark) {
            case DUE_SOON -> "a.term.dueSoonNotedAt is null";
            case OVERDUE -> "a.term.overdueNotedAt is null";
            case FORWARDING_OVERDUE -> "a.custody.forwardingOverdueNotedAt is null";
        };
    }

    private static void bind(Query query, DeadlineMark mark, Instant now, Instant dueSoonHorizon) {
        query.setParameter("statuses", mark.statuses()).setParameter("now", now);
        if (mark == DeadlineMark.DUE_SOON) {
            query.setParameter("horizon", dueSoonHorizon);
        }
    }

    /** Ids of the appeals that should carry the mark at {@code now} and do not yet, lowest first. */
    public List<Long> toMark(DeadlineMark mark, Instant now, Instant dueSoonHorizon, int max) {
        var query = em.createQuery("select a.id from Appeal a where " + condition(mark) + " and " + notYetNoted(mark)
                + " order by a.id", Long.class).setMaxResults(max);
        bind(query, mark, now, dueSoonHorizon);
        return query.getResultList();
    }

    /**
     * The appeals that qualify for the mark at {@code now}, whether or not the watch has marked
     * them yet, per body (null: all), soonest due first.
     */
    public Page<Appeal> qualifyingFor(DeadlineMark mark, Instant now, Instant dueSoonHorizon, String body, int page,
            int size) {
        String order = mark == DeadlineMark.FORWARDING_OVERDUE ? "a.custody.forwardBy, a.id" : "a.term.dueAt, a.id";
        return perBody(condition(mark), order, body, page, size, q -> bind(q, mark, now, dueSoonHorizon));
    }

    /** The appeal registered from this receipt, if any: one at most (unique key appeal_receipt). */
    public Optional<Appeal> ofReceipt(UUID receiptId) {
        return em.createQuery("select a from Appeal a where a.receiptId = :receipt", Appeal.class)
                .setParameter("receipt", receiptId).getResultStream().findFirst();
    }

    /** The dispatcher's queue: open, and held by no body or escalated. */
    private static final String WAITING_FOR_DISPATCHER =
            "a.status in :open and (a.custody.body is null or a.escalation.reason is not null)";

    /**
     * What waits for a dispatcher, the longest waiting first: open appeals no body holds (no rule
     * chose one; a complaint about the body that would be competent; sent back), and open ones
     * escalated (too many redirections, a repeat) for a dispatcher or supervisor to decide.
     */
    public Page<Appeal> waitingForDispatcher(int page, int size) {
        String where = WAITING_FOR_DISPATCHER;
        TypedQuery<Appeal> items = em.createQuery("select a from Appeal a"
                + " left join fetch a.matter.category left join fetch a.custody.body left join fetch a.custody.assignee"
                + " where " + where + " order by a.registeredAt, a.id", Appeal.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Appeal a where " + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("open", AppealStatus.OPEN);
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    /**
     * A mark of the dispatcher's queue as it stands: it changes when an appeal enters or leaves the
     * queue or one in it changes (every change raises an appeal's version).
     */
    public String dispatcherQueueMark() {
        Object[] mark = em.createQuery("select count(a), coalesce(max(a.id), 0), coalesce(sum(a.version), 0) from Appeal a"
                + " where " + WAITING_FOR_DISPATCHER, Object[].class)
                .setParameter("open", AppealStatus.OPEN).getSingleResult();
        return mark[0] + ":" + mark[1] + ":" + mark[2];
    }

    /**
     * An official's own worklist: the open appeals in their scope (assigned to them; their body's,
     * for its head, those still waiting for an official too; a colleague's they cover by grant),
     * the nearest due date first. Not for a scope of every appeal: that is the list's and the
     * watchlists' work.
     */
    public Page<Appeal> openInScope(WorkScope scope, int page, int size) {
        if (scope.everyAppeal()) {
            throw new IllegalArgumentException("a worklist is an official's, not of every appeal");
        }
        // By the official's id, so that an officer's own list is read in due order from the index
        // of V29 (assignee, due date) and stops at the page, however many appeals they hold.
        Long me = em.createQuery("select o.id from Official o where o.username = :me", Long.class)
                .setParameter("me", scope.username()).getResultStream().findFirst().orElse(-1L);
        StringBuilder who = new StringBuilder("a.custody.assignee.id = :me");
        StringBuilder whoInSql = new StringBuilder("a.assignee_id = :me");
        if (scope.headOf() != null) {
            who.append(" or a.custody.body.code = :head");
            whoInSql.append(" or a.body_code = :head");
        }
        String from = "from Appeal a";
        if (!scope.colleagues().isEmpty()) {
            from += " left join a.custody.assignee holder";
            who.append(" or holder.username in :colleagues");
            whoInSql.append(" or holder.username in (:colleagues)");
        }
        String where = "a.status in :open and (" + who + ")";
        TypedQuery<Appeal> items = em.createQuery("select a " + from
                + " left join fetch a.matter.category left join fetch a.custody.body left join fetch a.custody.assignee"
                + " where " + where + " order by a.term.dueAt nulls last, a.id", Appeal.class);
        // Counted up to the list's cap, as the appeals list is: an office's head may hold tens of thousands.
        Query count = em.createNativeQuery("select count(*) from (select 1 from appeal a"
                + (scope.colleagues().isEmpty() ? "" : " left join official holder on holder.id = a.assignee_id")
                + " where a.status in (:open) and (" + whoInSql + ") fetch first " + (COUNT_CAP + 1) + " rows only) mine");
        items.setParameter("open", AppealStatus.OPEN);
        count.setParameter("open", AppealStatus.OPEN.stream().map(Enum::name).toList());
        for (Query q : List.of(items, count)) {
            q.setParameter("me", me);
            if (scope.headOf() != null) {
                q.setParameter("head", scope.headOf());
            }
            if (!scope.colleagues().isEmpty()) {
                q.setParameter("colleagues", scope.colleagues());
            }
        }
        List<Appeal> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return total > COUNT_CAP ? new Page<>(found, page, size, COUNT_CAP, Boolean.TRUE) : new Page<>(found, page, size, total);
    }

    /** Open appeals that were sent on at least once, per body (null: all), oldest first. */
    public Page<Appeal> redirected(String body, int page, int size) {
        return perBody("a.status <> :closed and a.custody.redirectionCount > 0", "a.registeredAt, a.id", body, page, size,
                q -> q.setParameter("closed", AppealStatus.CLOSED));
    }

    /**
     * Open appeals escalated to supervisors, per body (null: all), oldest first; for one reason only
     * (a reconsideration, say) unless {@code reason} is null.
     */
    public Page<Appeal> escalated(String body, EscalationReason reason, int page, int size) {
        String where = "a.status <> :closed and " + (reason == null ? "a.escalation.reason is not null" : "a.escalation.reason = :reason");
        return perBody(where, "a.registeredAt, a.id", body, page, size, q -> {
            q.setParameter("closed", AppealStatus.CLOSED);
            if (reason != null) {
                q.setParameter("reason", reason);
            }
        });
    }

    private Page<Appeal> perBody(String where, String order, String body, int page, int size,
            Consumer<Query> parameters) {
        if (body != null) {
            where += " and a.custody.body.code = :body";
        }
        // A plain join to order by (fetch joins take no alias under JPA compliance), fetch joins to show.
        TypedQuery<Appeal> items = em.createQuery("select a from Appeal a left join a.custody.body ordering"
                + " left join fetch a.matter.category left join fetch a.custody.body left join fetch a.custody.assignee where " + where
                + " order by ordering.code nulls first, " + order, Appeal.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Appeal a where " + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            parameters.accept(q);
            if (body != null) {
                q.setParameter("body", body);
            }
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    /**
     * The appeal whole, with its links both ways, for showing outside this transaction: an appeal
     * read by {@link #read} (and perhaps changed since, in this transaction) plus its links.
     */
    public AppealCase caseOf(Appeal appeal) {
        initialize(appeal);
        if (!appeal.getLinks().any()) {
            return new AppealCase(appeal, List.of());
        }
        List<AppealCase.Link> links = em.createQuery("""
                        select l from AppealLink l join fetch l.appeal join fetch l.earlier
                        where l.appeal = :a or l.earlier = :a order by l.at, l.id""", AppealLink.class)
                .setParameter("a", appeal)
                .getResultStream().map(l -> AppealCase.Link.of(l, appeal)).toList();
        return new AppealCase(appeal, links);
    }

    /** Loads what is shown of an appeal beyond its own row: history, redirections and their bodies. */
    private static void initialize(Appeal a) {
        a.getHistory().size();
        a.getRedirections().forEach(r -> {
            r.getFrom().getNameRu();
            r.getTo().getNameRu();
        });
    }

    /**
     * The whole appeal for one reader, if it is in their scope (WorkScope: every appeal, or an
     * officer's own, their body's as its head, a colleague's by grant). Anyone else learns nothing,
     * not even that it exists. Each granted read of personal data is recorded in the access log.
     */
    public Optional<AppealCase> readAs(String registrationNumber, Reader reader, WorkScope scope) {
        return readBy(registrationNumber, reader, scope, AccessLog.APPEAL).map(this::caseOf);
    }

    /** The appeal if the reader may see it (as {@link #readAs}), the read of {@code what} recorded; without its links. */
    public Optional<Appeal> readBy(String registrationNumber, Reader reader, WorkScope scope, String what) {
        Optional<Appeal> appeal = read(registrationNumber).filter(a -> inScope(a, scope));
        appeal.ifPresent(a -> recordRead(reader, registrationNumber, what));
        return appeal;
    }

    public static boolean inScope(Appeal appeal, WorkScope scope) {
        return scope.covers(appeal.getCustody().body() == null ? null : appeal.getCustody().body().getCode(),
                appeal.getCustody().assignee() == null ? null : appeal.getCustody().assignee().getUsername());
    }

    /** Records in the access log that {@code reader} saw {@code what} of an appeal's personal data. */
    public void recordRead(Reader reader, String registrationNumber, String what) {
        em.persist(new PersonalDataAccess(clock.instant(), reader.username(), registrationNumber, what, reader.address(),
                readerBodies.bodyOf(reader.username())));
    }

    /**
     * Counting stops here: a broad filter over years of appeals would otherwise cost a scan of
     * most of the table for every page. Past it the page says the total is capped. With two
     * filters the count reads, one by one, the rows the index cannot rule out, so the cap bounds
     * that work too; 1,000 is more than a dispatcher pages through.
     */
    static final int COUNT_CAP = 1_000;

    /**
     * A page of appeals, newest first, with the number matching the filter (up to {@link #COUNT_CAP}).
     * Two steps: the page's ids in SQL, ordered as an index of V11 is (so the database reads 50
     * index entries, not every match), then those appeals by id. H2 2.2 uses an index for the order
     * only when the order names the index's leading column, so the most selective equality filter
     * leads the order; it is constant within the page, so the order itself is the same.
     */
    public Page<Appeal> list(AppealFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String lead = null; // the filter whose index serves the page: the later ones are the more selective
        ZoneId zone = settings.zone();
        if (filter.channel() != null) {
            where.append(" and a.channel = :channel");
            params.put("channel", filter.channel().name());
            lead = "a.channel";
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", filter.status().name());
            lead = "a.status";
        }
        if (filter.category() != null) {
            where.append(" and a.category_code = :category");
            params.put("category", filter.category());
            lead = "a.category_code";
        }
        if (filter.body() != null) {
            where.append(" and a.body_code = :body");
            params.put("body", filter.body());
            lead = "a.body_code";
        }
        if (filter.from() != null) {
            where.append(" and a.received_at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and a.received_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.text() != null) {
            where.append(" and (").append(searched(filter.text(), params)).append(")");
        }
        Query pageIds = em.createNativeQuery("select a.id from appeal a" + where + " order by "
                + (lead == null ? "" : lead + ", ") + "a.received_at desc, a.id desc");
        Query count = em.createNativeQuery("select count(*) from (select 1 from appeal a" + where
                + " fetch first " + (COUNT_CAP + 1) + " rows only) matching");
        params.forEach((k, v) -> {
            pageIds.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Long> ids = ((List<?>) pageIds.setFirstResult(page * size).setMaxResults(size).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
        List<Appeal> found = ids.isEmpty() ? List.of() : inOrder(ids, em.createQuery("""
                        select a from Appeal a
                        left join fetch a.matter.category left join fetch a.custody.body left join fetch a.custody.assignee
                        where a.id in :ids""", Appeal.class)
                .setParameter("ids", ids).getResultList());
        long total = ((Number) count.getSingleResult()).longValue();
        return total > COUNT_CAP
                ? new Page<>(found, page, size, COUNT_CAP, Boolean.TRUE)
                : new Page<>(found, page, size, total);
    }

    /**
     * What a search matches, each arm served by an index on PostgreSQL: the registration number,
     * the applicant's phone, e-mail and national ID as registration normalised them (V8), and the
     * words of the summary and the applicant's name by full-text search (V28, the 'simple'
     * configuration). H2 has no full-text index: it scans for the text as typed, any case.
     */
    private String searched(String text, Map<String, Object> params) {
        StringBuilder any = new StringBuilder("a.registration_number = :number");
        params.put("number", text);
        String phone = MatchKeys.phone(text);
        if (phone != null) {
            any.append(" or a.match_phone = :phone");
            params.put("phone", phone);
        }
        if (text.contains("@")) {
            any.append(" or a.match_email = :email");
            params.put("email", MatchKeys.email(text));
        }
        String nationalId = MatchKeys.nationalId(text);
        if (nationalId != null && nationalId.chars().anyMatch(Character::isDigit)) {
            any.append(" or a.match_national_id = :nationalId");
            params.put("nationalId", nationalId);
        }
        if (database.isPostgreSQL()) {
            any.append(" or to_tsvector('simple', coalesce(a.applicant_full_name, '') || ' ' || coalesce(a.summary, ''))"
                    + " @@ plainto_tsquery('simple', :words)");
            params.put("words", text);
        } else {
            any.append(" or lower(a.applicant_full_name) like :words escape '\\' or lower(a.summary) like :words escape '\\'");
            params.put("words", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return any.toString();
    }

    /**
     * Appeals filed through Open311, newest first, with their subject and body: by number when
     * numbers are given (nothing else applies then), else received within {@code [from, to)}, of
     * these subjects and statuses when given.
     */
    public List<Appeal> filedThroughOpen311(Collection<String> numbers, Collection<String> categories, Instant from,
            Instant to, Collection<AppealStatus> statuses, int limit) {
        StringBuilder jpql = new StringBuilder("select a from Appeal a left join fetch a.matter.category left join fetch a.custody.body"
                + " where a.matter.channelDetails.receivedVia = :open311");
        Map<String, Object> params = new HashMap<>();
        params.put("open311", ReceivedVia.OPEN311);
        if (!numbers.isEmpty()) {
            jpql.append(" and a.registrationNumber in :numbers");
            params.put("numbers", numbers);
        } else {
            jpql.append(" and a.matter.receivedAt >= :from and a.matter.receivedAt < :to");
            params.put("from", from);
            params.put("to", to);
            if (!categories.isEmpty()) {
                jpql.append(" and a.matter.category.code in :categories");
                params.put("categories", categories);
            }
            if (!statuses.isEmpty()) {
                jpql.append(" and a.status in :statuses");
                params.put("statuses", statuses);
            }
        }
        TypedQuery<Appeal> query = em.createQuery(jpql.append(" order by a.matter.receivedAt desc, a.id desc").toString(),
                Appeal.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** When each of these appeals last changed: its latest history entry. */
    public Map<Long, Instant> lastChanged(Collection<Long> ids) {
        Map<Long, Instant> changed = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select h.appeal.id, max(h.at) from HistoryEntry h where h.appeal.id in :ids group by h.appeal.id",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream().forEach(r -> changed.put((Long) r[0], (Instant) r[1]));
        }
        return changed;
    }

    private static List<Appeal> inOrder(List<Long> ids, List<Appeal> appeals) {
        Map<Long, Appeal> byId = new HashMap<>();
        appeals.forEach(a -> byId.put(a.getId(), a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
