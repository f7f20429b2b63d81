package gov.appeals.operations.control;

import gov.appeals.deadlines.control.ProductionCalendars;
import gov.appeals.platform.AppealsSettings;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Whether this node can take appeals: the database answers a query and the broker lets us look
 * at the intake queue. Each check says what failed, for whoever is on call. The calendar check
 * never fails readiness, it warns: a year without a holiday calendar makes deadlines wrong, not
 * intake impossible; so does the broker's own dead-letter queue holding messages.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessProbe {

    /** The outcome of one check: UP, or DOWN with the reason; warnings that need someone's attention. */
    public record Check(String name, boolean up, String detail, List<String> warnings) {

        static Check up(String name) {
            return new Check(name, true, null, List.of());
        }

        static Check down(String name, String detail) {
            return new Check(name, false, detail, List.of());
        }
    }

    @Inject
    ProductionCalendars calendars;

    @Inject
    BrokerDeadLetters brokerDeadLetters;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/datasources/AppealsDS")
    DataSource dataSource;

    @Resource(lookup = "java:/jms/AppealsLocal")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/AppealIntake")
    Queue intakeQueue;

    public Map<String, Check> check() {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("database", database());
        checks.put("broker", broker());
        checks.put("calendars", calendars());
        checks.put("brokerDeadLetters", brokerDeadLetters());
        return checks;
    }

    /** A warning, never a failure: the messages wait for someone, intake goes on. */
    private Check brokerDeadLetters() {
        try {
            return new Check("brokerDeadLetters", true, null, brokerDeadLetters.count().filter(n -> n > 0)
                    .map(n -> List.of((n >= BrokerDeadLetters.MAX ? "At least " : "") + n
                            + " messages the broker gave up on wait on its DLQ (GET /api/v1/admin/broker-dead-letters)"))
                    .orElse(List.of()));
        } catch (Exception e) {
            return new Check("brokerDeadLetters", true, null, List.of("The broker's DLQ could not be read: " + e.getMessage()));
        }
    }

    private Check database() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            s.execute("select 1 from registration_counter where 1 = 0");
            return Check.up("database");
        } catch (Exception e) {
            return Check.down("database", e.getMessage());
        }
    }

    private Check broker() {
        try (JMSContext jms = connectionFactory.createContext();
                QueueBrowser browser = jms.createBrowser(intakeQueue)) {
            browser.getEnumeration();
            return Check.up("broker");
        } catch (Exception e) {
            return Check.down("broker", e.getMessage());
        }
    }

    private Check calendars() {
        try {
            return new Check("calendars", true, null, calendars.warnings(clock.instant().atZone(settings.zone()).toLocalDate()));
        } catch (Exception e) {
            return new Check("calendars", true, null, List.of("The holiday calendars could not be read: " + e.getMessage()));
        }
    }
}
