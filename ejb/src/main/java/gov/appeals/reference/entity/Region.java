package gov.appeals.reference.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A region (oblast) or a city of republican significance. */
@Entity
@Cacheable
@Table(name = "region")
public class Region extends CodedEntry {

    protected Region() {
    }
}
