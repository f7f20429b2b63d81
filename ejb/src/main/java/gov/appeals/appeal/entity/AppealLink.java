package gov.appeals.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A later appeal linked to an earlier one of the same person on the same subject. */
@Entity
@Table(name = "appeal_link")
public class AppealLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_link_seq")
    @SequenceGenerator(name = "appeal_link_seq", sequenceName = "appeal_link_seq", allocationSize = 50)
    private Long id;

    /** The later appeal. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appeal_id")
    private Appeal appeal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "earlier_id")
    private Appeal earlier;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 20)
    private LinkType type;

    @Column(nullable = false)
    private Instant at;

    protected AppealLink() {
    }

    public AppealLink(Appeal appeal, Appeal earlier, LinkType type, Instant at) {
        this.appeal = appeal;
        this.earlier = earlier;
        this.type = type;
        this.at = at;
    }

    public Appeal getAppeal() {
        return appeal;
    }

    public Appeal getEarlier() {
        return earlier;
    }

    public LinkType getType() {
        return type;
    }
}
