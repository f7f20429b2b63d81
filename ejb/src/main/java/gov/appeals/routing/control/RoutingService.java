package gov.appeals.routing.control;

import gov.appeals.routing.entity.RoutingRule;
import gov.appeals.submission.entity.AppealKind;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Holds the routing rules in memory: they change rarely and are read at every registration.
 * {@link #reload()} picks up edited rules without a restart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RoutingService {

    @PersistenceContext
    EntityManager em;

    private volatile RoutingTable table;

    @PostConstruct
    public void reload() {
        table = new RoutingTable(em.createQuery("select r from RoutingRule r order by r.id", RoutingRule.class)
                .getResultList());
    }

    public RoutingDecision route(AppealKind kind, String category, String region, String respondent) {
        return table.route(kind, category, region, respondent);
    }
}
