package gov.appeals.reporting.control;

import gov.appeals.platform.AppealsSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every body publishes of its appeals for a year or a month, as Russia's Decree 171 asks and
 * Uzbekistan's reception publishes: received, answered, answered on time, resolved (supported),
 * and how many of the citizens who gave a verdict were satisfied. A body with fewer appeals than
 * the minimum is shown without rates, "too few to rate": a body with three appeals is not
 * "100 % on time". Counts only, from codes: nothing personal.
 */
@Stateless
public class PublicStatistics {

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealsSettings settings;

    @Inject
    @ConfigProperty(name = "appeals.public-statistics.min-appeals", defaultValue = "20")
    int minimumToRate;

    /**
     * A body's figures over the period; the rates are percent with one decimal, null when the body
     * has too few appeals to rate, or nothing to rate them by (no answer, no verdict).
     */
    public record BodyFigures(String body, long received, long answered, long onTime, long resolved, long verdicts,
            long satisfied, boolean rated, BigDecimal onTimeRate, BigDecimal resolutionRate, BigDecimal satisfactionRate) {
    }

    public record Figures(int year, Integer month, int minimumToRate, List<BodyFigures> bodies) {
    }

    /** The appeals received in the year, or in one month of it, by the body that holds them now. */
    public Figures of(int year, Integer month) {
        ZoneId zone = settings.zone();
        LocalDate from = LocalDate.of(year, month == null ? 1 : month, 1);
        LocalDate to = month == null ? from.plusYears(1) : from.plusMonths(1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select body_code, count(*), count(answered_at),
                               sum(case when answered_at is not null and (due_at is null or answered_at <= due_at) then 1 else 0 end),
                               sum(case when answer_outcome = 'SUPPORTED' then 1 else 0 end),
                               count(verdict),
                               sum(case when verdict = 'SATISFIED' then 1 else 0 end)
                        from appeal where received_at >= :from and received_at < :to and body_code is not null
                        group by body_code order by body_code""")
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.atStartOfDay(zone).toInstant())
                .getResultList();
        return new Figures(year, month, minimumToRate, rows.stream().map(r -> figures(r, minimumToRate)).toList());
    }

    static BodyFigures figures(Object[] r, int minimumToRate) {
        long received = ((Number) r[1]).longValue();
        long answered = ((Number) r[2]).longValue();
        long onTime = ((Number) r[3]).longValue();
        long resolved = ((Number) r[4]).longValue();
        long verdicts = ((Number) r[5]).longValue();
        long satisfied = ((Number) r[6]).longValue();
        boolean rated = received >= minimumToRate;
        return new BodyFigures((String) r[0], received, answered, onTime, resolved, verdicts, satisfied, rated,
                rated ? rate(onTime, answered) : null, rated ? rate(resolved, answered) : null,
                rated ? rate(satisfied, verdicts) : null);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : SummaryReport.share(part, whole);
    }
}
