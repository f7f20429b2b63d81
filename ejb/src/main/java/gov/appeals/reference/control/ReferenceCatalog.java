package gov.appeals.reference.control;

import gov.appeals.reference.entity.Body;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.CodedEntry;
import gov.appeals.reference.entity.ReceptionPoint;
import gov.appeals.reference.entity.Region;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reference lists and code checks. Entries are in the second-level cache, so checking a code at
 * intake does not touch the database.
 */
@Stateless
public class ReferenceCatalog {

    @PersistenceContext
    EntityManager em;

    public List<Category> categories() {
        return list(Category.class);
    }

    public List<Region> regions() {
        return list(Region.class);
    }

    public List<Body> bodies() {
        return list(Body.class);
    }

    public List<ReceptionPoint> receptionPoints() {
        return em.createQuery("select p from ReceptionPoint p join fetch p.region order by p.position, p.code",
                ReceptionPoint.class).getResultList();
    }

    /** The subject of this code; null when there is none. */
    public Category category(String code) {
        return em.find(Category.class, code);
    }

    /** The body of this code; null when there is none. */
    public Body body(String code) {
        return em.find(Body.class, code);
    }

    public boolean isCategory(String code) {
        return em.find(Category.class, code) != null;
    }

    public boolean isRegion(String code) {
        return em.find(Region.class, code) != null;
    }

    public boolean isBody(String code) {
        return em.find(Body.class, code) != null;
    }

    public boolean isReceptionPoint(String code) {
        return em.find(ReceptionPoint.class, code) != null;
    }

    private <T extends CodedEntry> List<T> list(Class<T> type) {
        return em.createQuery("select e from " + type.getSimpleName() + " e order by e.position, e.code", type)
                .getResultList();
    }
}
