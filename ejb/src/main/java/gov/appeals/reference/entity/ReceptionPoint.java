package gov.appeals.reference.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A public reception desk where visitors file appeals in person. */
@Entity
@Cacheable
@Table(name = "reception_point")
public class ReceptionPoint extends CodedEntry {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    protected ReceptionPoint() {
    }

    public Region getRegion() {
        return region;
    }
}
