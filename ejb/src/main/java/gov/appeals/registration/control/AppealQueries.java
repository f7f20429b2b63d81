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
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * The whole appeal with its history and personal data.
     */
    public Optional<Appeal> read(String registrationNumber) {
        Optional<Appeal> appeal = em.createQuery("""
                        select a from Appeal a
                        left join fetch a.category left join fetch a.region left join fetch a.body
                        left join fetch a.assignee left join fetch a.respondent left join fetch a.receptionPoint
                        where a.registrationNumber = :number""", Appeal.class)
                .setParameter("number", registrationNumber)
                .getResultStream().findFirst();
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
     * most of the table for every page. Past it the page says the total is capped.
     */
    static final int COUNT_CAP = 10_000;

    /** A page of appeals, newest first, with the number matching the filter (up to {@link #COUNT_CAP}). */
    public Page<Appeal> list(AppealFilter filter, int page, int size) {
        // The same conditions twice: in JPQL for the page, in SQL for the capped count (JPQL has no
        // row limit inside a subquery). Parameters are shared by name.
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        ZoneId zone = settings.zone();
        if (filter.channel() != null) {
            jpql.append(" and a.channel = :channel");
            sql.append(" and a.channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.status() != null) {
            jpql.append(" and a.status = :status");
            sql.append(" and a.status = :status");
            params.put("status", filter.status());
        }
        if (filter.category() != null) {
            jpql.append(" and a.category.code = :category");
            sql.append(" and a.category_code = :category");
            params.put("category", filter.category());
        }
        if (filter.body() != null) {
            jpql.append(" and a.body.code = :body");
            sql.append(" and a.body_code = :body");
            params.put("body", filter.body());
        }
        if (filter.from() != null) {
            jpql.append(" and a.receivedAt >= :from");
            sql.append(" and a.received_at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            jpql.append(" and a.receivedAt < :to");
            sql.append(" and a.received_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        TypedQuery<Appeal> items = em.createQuery("""
                select a from Appeal a
                left join fetch a.category left join fetch a.body left join fetch a.assignee""" + jpql
                + " order by a.receivedAt desc, a.id desc", Appeal.class);
        Query count = em.createNativeQuery("select count(*) from (select 1 from appeal a" + sql
                + " fetch first " + (COUNT_CAP + 1) + " rows only) matching");
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v instanceof Enum<?> e ? e.name() : v);
        });
        List<Appeal> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return total > COUNT_CAP
                ? new Page<>(found, page, size, COUNT_CAP, Boolean.TRUE)
                : new Page<>(found, page, size, total);
    }
}
