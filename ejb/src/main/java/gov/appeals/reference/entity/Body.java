package gov.appeals.reference.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A state body that answers appeals: a ministry, an agency, a court administration, a local government. */
@Entity
@Cacheable
@Table(name = "body")
public class Body extends CodedEntry {

    /** The body above it, which reconsiders its answers; none for a body no other oversees. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private Body parent;

    protected Body() {
    }

    public Body(String code, String nameKy, String nameRu, String nameEn, int position) {
        super(code, nameKy, nameRu, nameEn, position);
    }

    public Body getParent() {
        return parent;
    }
}
