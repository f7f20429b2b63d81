package gov.appeals.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deployment settings, read through MicroProfile Config: a system property
 * ({@code -Dappeals.time-zone=Asia/Almaty}) or an environment variable ({@code APPEALS_TIME_ZONE})
 * overrides the defaults in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class AppealsSettings {

    @Inject
    @ConfigProperty(name = "appeals.time-zone")
    String timeZone;

    @Inject
    @ConfigProperty(name = "appeals.jurisdiction")
    String jurisdiction;

    @Inject
    @ConfigProperty(name = "appeals.answer-term.working-days")
    int answerTermWorkingDays;

    /** The deployment's time zone: deadlines end at 23:59:59 there, and registration years are counted there. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Whose holiday calendar counts working days: KG, KZ or RU. */
    public String jurisdiction() {
        return jurisdiction;
    }

    /** The answer term, in working days after registration. */
    public int answerTermWorkingDays() {
        return answerTermWorkingDays;
    }
}
