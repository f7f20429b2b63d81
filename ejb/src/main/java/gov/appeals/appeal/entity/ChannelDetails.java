package gov.appeals.appeal.entity;

import gov.appeals.reference.entity.ReceptionPoint;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Letter;
import gov.appeals.submission.entity.ReceivedVia;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/**
 * What the door the appeal came through recorded: the hotline's caller number and call, the
 * reception desk and ticket, the radio programme and whether it was answered on the air, or how
 * a letter came with the sender's own number and date, or which Open311 key filed it.
 */
@Embeddable
public class ChannelDetails {

    @Column(name = "caller_number", length = 40)
    private String callerNumber;
    @Column(name = "call_id", length = 100)
    private String callId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reception_point_code")
    private ReceptionPoint receptionPoint;
    @Column(name = "ticket_number", length = 40)
    private String ticketNumber;

    @Column(name = "radio_programme", length = 200)
    private String radioProgramme;
    @Column(name = "radio_air_date")
    private LocalDate radioAirDate;
    @Column(name = "radio_episode", length = 100)
    private String radioEpisode;
    @Column(name = "answered_on_air")
    private Boolean answeredOnAir;
    @Column(name = "on_air_answer", length = 20000)
    private String onAirAnswer;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_via", length = 20)
    private ReceivedVia receivedVia;
    @Column(name = "letter_number", length = 60)
    private String letterNumber;
    @Column(name = "letter_date")
    private LocalDate letterDate;

    /** The Open311 key the appeal was filed with, by id: the key belongs to the open311 component. */
    @Column(name = "open311_key_id")
    private Long open311Key;
    @Column(name = "media_url", length = 1000)
    private String mediaUrl;

    protected ChannelDetails() {
    }

    static ChannelDetails of(AppealSubmission s, ReceptionPoint receptionPoint) {
        ChannelDetails d = new ChannelDetails();
        if (s.phoneCall() != null) {
            d.callerNumber = s.phoneCall().callerNumber();
            d.callId = s.phoneCall().callId();
        }
        if (s.receptionVisit() != null) {
            d.receptionPoint = receptionPoint;
            d.ticketNumber = s.receptionVisit().ticketNumber();
        }
        if (s.radioCall() != null) {
            d.radioProgramme = s.radioCall().programme();
            d.radioAirDate = s.radioCall().airDate();
            d.radioEpisode = s.radioCall().episode();
            d.answeredOnAir = s.radioCall().answeredOnAir();
            d.onAirAnswer = s.radioCall().onAirAnswer();
        }
        if (s.letter() != null) {
            d.receivedVia = s.letter().receivedVia();
            d.letterNumber = s.letter().letterNumber();
            d.letterDate = s.letter().letterDate();
        }
        if (s.open311() != null) {
            d.open311Key = s.open311().apiKey();
            d.mediaUrl = s.open311().mediaUrl();
        }
        return d;
    }

    /**
     * How the first history entry says where the appeal came from: ", call 123", " at a desk,
     * ticket 7", ", by POST, letter 12/345 of 2026-11-20, 2 files".
     */
    static String describe(AppealSubmission s) {
        String files = s.attachmentIds().isEmpty() ? ""
                : ", " + s.attachmentIds().size() + (s.attachmentIds().size() == 1 ? " file" : " files");
        return door(s) + files;
    }

    private static String door(AppealSubmission s) {
        if (s.phoneCall() != null) {
            return s.phoneCall().callId() == null ? "" : ", call " + s.phoneCall().callId();
        }
        if (s.receptionVisit() != null) {
            return " at " + s.receptionVisit().receptionPoint()
                    + (s.receptionVisit().ticketNumber() == null ? "" : ", ticket " + s.receptionVisit().ticketNumber());
        }
        if (s.radioCall() != null) {
            return ", programme \"" + s.radioCall().programme() + "\" of " + s.radioCall().airDate()
                    + (s.radioCall().episode() == null ? "" : ", episode " + s.radioCall().episode());
        }
        if (s.open311() != null) {
            return ", by " + ReceivedVia.OPEN311 + " with key " + s.open311().apiKey();
        }
        if (s.letter() != null) {
            Letter l = s.letter();
            return ", by " + l.receivedVia() + (l.letterNumber() == null && l.letterDate() == null ? ""
                    : ", letter" + (l.letterNumber() == null ? "" : " " + l.letterNumber())
                            + (l.letterDate() == null ? "" : " of " + l.letterDate()));
        }
        return "";
    }

    public boolean isPhoneCall() {
        return callerNumber != null;
    }

    public boolean isReceptionVisit() {
        return receptionPoint != null;
    }

    public boolean isRadioCall() {
        return radioProgramme != null;
    }

    public String callerNumber() {
        return callerNumber;
    }

    public String callId() {
        return callId;
    }

    public ReceptionPoint receptionPoint() {
        return receptionPoint;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String radioProgramme() {
        return radioProgramme;
    }

    public LocalDate radioAirDate() {
        return radioAirDate;
    }

    public String radioEpisode() {
        return radioEpisode;
    }

    public boolean answeredOnAir() {
        return Boolean.TRUE.equals(answeredOnAir);
    }

    public String onAirAnswer() {
        return onAirAnswer;
    }

    public boolean isLetter() {
        return receivedVia != null;
    }

    public ReceivedVia receivedVia() {
        return receivedVia;
    }

    public String letterNumber() {
        return letterNumber;
    }

    public LocalDate letterDate() {
        return letterDate;
    }

    public Long open311Key() {
        return open311Key;
    }

    /** A link to a photo or other media an Open311 app sent with the report; not fetched by the office. */
    public String mediaUrl() {
        return mediaUrl;
    }
}
