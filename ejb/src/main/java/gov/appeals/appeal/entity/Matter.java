package gov.appeals.appeal.entity;

import gov.appeals.platform.Refusal;
import gov.appeals.reference.entity.Body;
import gov.appeals.reference.entity.Category;
import gov.appeals.reference.entity.ReceptionPoint;
import gov.appeals.reference.entity.Region;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * What the citizen asked and how it came in, as registered: the kind, subject, region and text,
 * the door with its details, and who took it down. It does not change after registration (only
 * the removal of personal data clears the text, in one pass of the database).
 */
@Embeddable
public class Matter {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppealKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    private Region region;

    /** The citizen's language, in which they are answered and told. */
    @Column(length = 10)
    private String language;

    @Column(nullable = false, length = 20000)
    private String summary;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "filed_by", nullable = false, length = 100)
    private String filedBy;

    @Column
    private Integer signatories;

    /** The body a complaint is about: never the one that answers it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "respondent_code")
    private Body respondent;

    /** Null when loaded with nothing recorded: see {@link #channelDetails()}. */
    @Embedded
    private ChannelDetails channelDetails;

    /** Null when the citizen named no place a map can use. */
    @Embedded
    private Location location;

    protected Matter() {
    }

    static Matter of(AppealSubmission s, String filedBy, Category category, Region region, ReceptionPoint receptionPoint,
            Body respondent) {
        Matter m = new Matter();
        m.channel = s.channel();
        m.kind = s.kind();
        m.category = category;
        m.region = region;
        m.language = s.language();
        m.summary = s.summary();
        m.receivedAt = s.receivedAt().toInstant();
        m.filedBy = filedBy;
        m.signatories = s.signatories();
        m.respondent = respondent;
        m.channelDetails = ChannelDetails.of(s, receptionPoint);
        m.location = Location.of(s.open311());
        return m;
    }

    /** A complaint is never sent to the body whose actions it complains about. */
    void refuseComplaintAbout(Body to, String number) {
        if (kind == AppealKind.COMPLAINT && respondent != null && respondent.getCode().equals(to.getCode())) {
            throw Refusal.notAllowed("Appeal " + number + " is a complaint about " + to.getCode()
                    + ": it is never sent to the body it complains about");
        }
    }

    public boolean isCollective() {
        return signatories != null && signatories > 1;
    }

    public Channel channel() {
        return channel;
    }

    public AppealKind kind() {
        return kind;
    }

    public Category category() {
        return category;
    }

    public Region region() {
        return region;
    }

    public String language() {
        return language;
    }

    public String summary() {
        return summary;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String filedBy() {
        return filedBy;
    }

    public Integer signatories() {
        return signatories;
    }

    public Body respondent() {
        return respondent;
    }

    public ChannelDetails channelDetails() {
        if (channelDetails == null) {
            channelDetails = new ChannelDetails();
        }
        return channelDetails;
    }

    /** Null when the citizen named no place a map can use. */
    public Location location() {
        return location;
    }
}
