package gov.appeals.appeal.entity;

import gov.appeals.platform.Refusal;
import gov.appeals.submission.entity.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;

/** The answer given to an appeal: what, how it ended, in which language, when and by whom. */
@Embeddable
public class Answer {

    @Column(name = "answer_text", length = 20000)
    private String text;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_outcome", length = 30)
    private AnswerOutcome outcome;
    /** With SUPPORTED only: whether measures were taken. */
    @Column(name = "answer_measures_taken")
    private Boolean measuresTaken;
    /** With LEFT_UNANSWERED only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_unanswered_ground", length = 30)
    private UnansweredGround ground;
    @Column(name = "answer_language", length = 10)
    private String language;
    /** Recorded only with an oral answer: the visitor agreed to be answered at the desk. */
    @Column(name = "oral_answer_consent")
    private Boolean oralConsent;
    @Column(name = "answered_at")
    private Instant at;
    @Column(name = "answered_by", length = 100)
    private String by;
    /**
     * Working days from the appeal's receipt to this answer, counted on the calendar in force when
     * it was given (as its due date was): what the performance report ranks, without the calendar.
     */
    @Column(name = "answer_working_days")
    private Integer workingDays;
    /** Null until the citizen gives one (JPA loads an embeddable of nulls as null). */
    @Embedded
    private CitizenVerdict verdict;

    protected Answer() {
    }

    private Answer(String text, AnswerOutcome outcome, Boolean measuresTaken, UnansweredGround ground, String language,
            Boolean oralConsent, Instant at, String by) {
        this.text = text;
        this.outcome = outcome;
        this.measuresTaken = measuresTaken;
        this.ground = ground;
        this.language = language;
        this.oralConsent = oralConsent;
        this.at = at;
        this.by = by;
    }

    /**
     * An official's answer. Ending correspondence is a head's decision, not an answer; an oral
     * answer is only for a visitor at a reception who agreed to it; only an anonymous appeal is left
     * unanswered for being anonymous.
     */
    static Answer byOfficial(Instant at, String actor, OfficialAnswer given, Channel channel, boolean anonymous,
            String registrationNumber) {
        if (given.endsCorrespondence()) {
            throw Refusal.notAllowed("Ending correspondence is a head's decision on a repeat appeal");
        }
        if (given.ground() == UnansweredGround.ANONYMOUS && !anonymous) {
            throw Refusal.notAllowed("Appeal " + registrationNumber + " names its applicant: it is not anonymous");
        }
        if (given.oral() && channel != Channel.RECEPTION) {
            throw Refusal.notAllowed("An oral answer is given only at a public reception; appeal "
                    + registrationNumber + " came by " + channel);
        }
        if (given.oral() && !given.citizenConsent()) {
            throw Refusal.notAllowed("An oral answer needs the citizen's consent, recorded with it");
        }
        return new Answer(given.text(), given.outcome(), given.measuresTaken(), given.ground(), given.language(),
                given.oral() ? Boolean.TRUE : null, at, actor);
    }

    /** A head ends correspondence on a repeat appeal; the reason is what the citizen is told. */
    static Answer correspondenceEnded(Instant at, String actor, String reason, String language) {
        return new Answer(reason, AnswerOutcome.LEFT_UNANSWERED, null, UnansweredGround.CORRESPONDENCE_ENDED, language,
                null, at, actor);
    }

    /**
     * The citizen's verdict, within {@code window} of the answer: given once, changed once.
     *
     * @return the verdict as it now stands
     */
    CitizenVerdict judged(Instant now, Satisfaction satisfaction, String comment, VerdictChannel via, String recordedBy,
            Duration window, String registrationNumber) {
        Instant closes = at.plus(window);
        if (now.isAfter(closes)) {
            throw Refusal.notAllowed("The answer to appeal " + registrationNumber + " could be judged until " + closes
                    + "; that window has closed");
        }
        if (verdict != null && verdict.changed()) {
            throw Refusal.notAllowed("The verdict on the answer to appeal " + registrationNumber
                    + " was given and changed once already");
        }
        verdict = new CitizenVerdict(satisfaction, comment, now, via, recordedBy, verdict != null);
        return verdict;
    }

    public CitizenVerdict verdict() {
        return verdict;
    }

    /** The outcome as the history says it: "SUPPORTED, measures taken", "LEFT_UNANSWERED: OBSCENE". */
    public String describe() {
        return outcome + (measuresTaken == null ? "" : measuresTaken ? ", measures taken" : ", no measures taken")
                + (ground == null ? "" : ": " + ground) + (isOral() ? ", orally" : "");
    }

    /**
     * This answer as given to one appeal: in the appeal's own language when the official named none,
     * and with the working days it took since that appeal's receipt.
     */
    Answer givenTo(String appealLanguage, int workingDaysSinceReceipt) {
        Answer given = new Answer(text, outcome, measuresTaken, ground, language != null ? language : appealLanguage,
                oralConsent, at, by);
        given.workingDays = workingDaysSinceReceipt;
        return given;
    }

    public String text() {
        return text;
    }

    /** Null for an answer recorded before the count was kept. */
    public Integer workingDays() {
        return workingDays;
    }

    public AnswerOutcome outcome() {
        return outcome;
    }

    public Boolean measuresTaken() {
        return measuresTaken;
    }

    public UnansweredGround ground() {
        return ground;
    }

    /** Answered at the desk, the visitor agreeing: recorded with the consent. */
    public boolean isOral() {
        return Boolean.TRUE.equals(oralConsent);
    }

    public boolean endsCorrespondence() {
        return ground == UnansweredGround.CORRESPONDENCE_ENDED;
    }

    public String language() {
        return language;
    }

    public Boolean oralConsent() {
        return oralConsent;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }
}
