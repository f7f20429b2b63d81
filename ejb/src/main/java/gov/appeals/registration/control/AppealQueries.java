package gov.appeals.registration.control;

import gov.appeals.platform.AppealsSettings;
import gov.appeals.platform.Page;
import gov.appeals.registration.entity.Appeal;
import gov.appeals.registration.entity.AppealLink;
import gov.appeals.registration.entity.PersonalDataAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads appeals for the people who work on them. Everything a caller needs is fetched here, inside the transaction. */
@Stateless
public class AppealQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    /**
     * The whole appeal with its history and personal data. The history comes in the same round trip
     * (a lookup is the most frequent read; one row per history entry, a handful each).
     */
    public Optional<Appeal> read(String registrationNumber) {
        Optional<Appeal> appeal = em.createQuery("""
                        select a from Appeal a
                        left join fetch a.category left join fetch a.region left join fetch a.body
                        left join fetch a.assignee left join fetch a.respondent left join fetch a.receptionPoint
                        left join fetch a.history
                        where a.registrationNumber = :number""", Appeal.class)
                .setParameter("number", registrationNumber)
                .getResultList().stream().findFirst();
        appeal.ifPresent(AppealQueries::initialize);
        return appeal;
    }

    /**
     * The appeal whole, with its links both ways, for showing outside this transaction: an appeal
     * read by {@link #read} (and perhaps changed since, in this transaction) plus its links.
     */
    public AppealCase caseOf(Appeal appeal) {
        initialize(appeal);
        if (!appeal.hasLinks()) {
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
     * The whole appeal for one reader: those who see every appeal (dispatchers, supervisors,
     * administrators) or the official it is assigned to. Anyone else learns nothing, not even that
     * it exists. Each granted read of personal data is recorded against the reader.
     */
    public Optional<AppealCase> readAs(String registrationNumber, String reader, boolean seesEveryAppeal) {
        Optional<Appeal> appeal = read(registrationNumber)
                .filter(a -> seesEveryAppeal || a.isAssignedTo(reader));
        appeal.ifPresent(a -> recordRead(reader, registrationNumber));
        return appeal.map(this::caseOf);
    }

    /** Records that {@code reader} saw the personal data of an appeal. */
    public void recordRead(String reader, String registrationNumber) {
        em.persist(new PersonalDataAccess(clock.instant(), reader, registrationNumber));
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
                        left join fetch a.category left join fetch a.body left join fetch a.assignee
                        where a.id in :ids""", Appeal.class)
                .setParameter("ids", ids).getResultList());
        long total = ((Number) count.getSingleResult()).longValue();
        return total > COUNT_CAP
                ? new Page<>(found, page, size, COUNT_CAP, Boolean.TRUE)
                : new Page<>(found, page, size, total);
    }

    private static List<Appeal> inOrder(List<Long> ids, List<Appeal> appeals) {
        Map<Long, Appeal> byId = new HashMap<>();
        appeals.forEach(a -> byId.put(a.getId(), a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
