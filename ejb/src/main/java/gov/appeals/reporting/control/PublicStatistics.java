package gov.appeals.reporting.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

    @Inject
    DayTally dayTally;

    @Inject
    Clock clock;

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
        LocalDate from = LocalDate.of(year, month == null ? 1 : month, 1);
        LocalDate to = month == null ? from.plusYears(1) : from.plusMonths(1);
        List<BodyFigures> bodies = new ArrayList<>();
        dayTally.figures(from, to.minusDays(1), DayTally.Dimension.BODY, clock.instant()).forEach((body, f) -> {
            if (body != null) {
                bodies.add(figures(body, f, minimumToRate));
            }
        });
        return new Figures(year, month, minimumToRate, bodies);
    }

    static BodyFigures figures(String body, DayTally.Figures f, int minimumToRate) {
        boolean rated = f.appeals >= minimumToRate;
        return new BodyFigures(body, f.appeals, f.answered, f.onTime, f.supported, f.verdicts, f.satisfied, rated,
                rated ? rate(f.onTime, f.answered) : null, rated ? rate(f.supported, f.answered) : null,
                rated ? rate(f.satisfied, f.verdicts) : null);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : SummaryReport.share(part, whole);
    }
}
