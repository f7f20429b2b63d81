package gov.appeals.appeal.entity;

import gov.appeals.submission.entity.Open311Report;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where the matter of an appeal is, when the citizen said so in a form that a map can use: a point
 * (WGS84), an address as written, or the jurisdiction's own address id. Today only Open311 apps
 * send it. The applicant's own postal address is not this: it stays with the applicant.
 */
@Embeddable
public class Location {

    @Column(name = "latitude")
    private Double latitude;
    @Column(name = "longitude")
    private Double longitude;
    @Column(name = "address_string", length = 500)
    private String address;
    @Column(name = "address_id", length = 100)
    private String addressId;

    protected Location() {
    }

    /** Null when the report names no place (JPA would load such an embeddable as null anyway). */
    static Location of(Open311Report report) {
        if (report == null || (report.latitude() == null && report.addressString() == null && report.addressId() == null)) {
            return null;
        }
        Location l = new Location();
        l.latitude = report.latitude();
        l.longitude = report.longitude();
        l.address = report.addressString();
        l.addressId = report.addressId();
        return l;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String address() {
        return address;
    }

    public String addressId() {
        return addressId;
    }
}
