package gov.appeals.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Data, not code: appeals of this category (and, if given, this region) go to this body. A rule
 * with a region wins over one without.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    private Long id;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "region_code", length = 40)
    private String regionCode;

    @Column(name = "body_code", nullable = false, length = 40)
    private String bodyCode;

    protected RoutingRule() {
    }

    public RoutingRule(Long id, String categoryCode, String regionCode, String bodyCode) {
        this.id = id;
        this.categoryCode = categoryCode;
        this.regionCode = regionCode;
        this.bodyCode = bodyCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getBodyCode() {
        return bodyCode;
    }
}
