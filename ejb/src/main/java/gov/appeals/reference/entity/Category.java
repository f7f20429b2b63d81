package gov.appeals.reference.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A subject of appeals, as the appeals office sorts them for statistics and routing. */
@Entity
@Cacheable
@Table(name = "category")
public class Category extends CodedEntry {

    /** What the classifier falls back to; such appeals wait for a dispatcher. */
    public static final String OTHER = "OTHER";

    protected Category() {
    }

    public Category(String code, String nameKy, String nameRu, String nameEn, int position) {
        super(code, nameKy, nameRu, nameEn, position);
    }

    public boolean isOther() {
        return OTHER.equals(getCode());
    }
}
