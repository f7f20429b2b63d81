package gov.appeals.reference.entity;

import gov.appeals.reference.entity.CodedEntry;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A state body that answers appeals: a ministry, an agency, a court administration, a local government. */
@Entity
@Cacheable
@Table(name = "body")
public class Body extends CodedEntry {

    protected Body() {
    }

    public Body(String code, String nameKy, String nameRu, String nameEn, int position) {
        super(code, nameKy, nameRu, nameEn, position);
    }
}
