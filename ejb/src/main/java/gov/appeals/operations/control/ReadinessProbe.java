package gov.appeals.operations.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Whether this node can take appeals: the database answers a query and the broker lets us look
 * at the intake queue. Each check says what failed, for whoever is on call.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessProbe {

    /** The outcome of one check: UP, or DOWN with the reason. */
    public record Check(String name, boolean up, String detail) {
    }

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
        return checks;
    }

    private Check database() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            s.execute("select 1 from registration_counter where 1 = 0");
            return new Check("database", true, null);
        } catch (Exception e) {
            return new Check("database", false, e.getMessage());
        }
    }

    private Check broker() {
        try (JMSContext jms = connectionFactory.createContext();
                QueueBrowser browser = jms.createBrowser(intakeQueue)) {
            browser.getEnumeration();
            return new Check("broker", true, null);
        } catch (Exception e) {
            return new Check("broker", false, e.getMessage());
        }
    }
}
