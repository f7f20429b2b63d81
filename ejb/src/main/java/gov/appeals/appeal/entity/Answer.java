package gov.appeals.appeal.entity;

import gov.appeals.intake.entity.Channel;
import gov.appeals.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The answer given to an appeal: what, how it ended, in which language, when and by whom. */
@Embeddable
public class Answer {

    @Column(name = "answer_text", length = 20000)
    private String text;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_outcome", length = 30)
    private AnswerOutcome outcome;
    @Column(name = "answer_language", length = 10)
    private String language;
    /** Recorded only with an oral answer: the visitor agreed to be answered at the desk. */
    @Column(name = "oral_answer_consent")
    private Boolean oralConsent;
    @Column(name = "answered_at")
    private Instant at;
    @Column(name = "answered_by", length = 100)
    private String by;

    protected Answer() {
    }

    private Answer(String text, AnswerOutcome outcome, String language, Boolean oralConsent, Instant at, String by) {
        this.text = text;
        this.outcome = outcome;
        this.language = language;
        this.oralConsent = oralConsent;
        this.at = at;
        this.by = by;
    }

    /**
     * An official's answer. Ending correspondence is a head's decision, not an answer; an oral
     * answer is only for a visitor at a reception who agreed to it.
     */
    static Answer byOfficial(Instant at, String actor, String text, AnswerOutcome outcome, String language,
            boolean citizenConsent, Channel channel, String registrationNumber) {
        if (outcome == AnswerOutcome.CORRESPONDENCE_ENDED) {
            throw Refusal.notAllowed("Ending correspondence is a head's decision on a repeat appeal");
        }
        boolean oral = outcome == AnswerOutcome.ANSWERED_ORALLY;
        if (oral && channel != Channel.RECEPTION) {
            throw Refusal.notAllowed("An oral answer is given only at a public reception; appeal "
                    + registrationNumber + " came by " + channel);
        }
        if (oral && !citizenConsent) {
            throw Refusal.notAllowed("An oral answer needs the citizen's consent, recorded with it");
        }
        return new Answer(text, outcome, language, oral ? Boolean.TRUE : null, at, actor);
    }

    /** A head ends correspondence on a repeat appeal; the reason is what the citizen is told. */
    static Answer correspondenceEnded(Instant at, String actor, String reason, String language) {
        return new Answer(reason, AnswerOutcome.CORRESPONDENCE_ENDED, language, null, at, actor);
    }

    /** The same answer, for an appeal that duplicates the one it was given to. */
    Answer copy() {
        return new Answer(text, outcome, language, oralConsent, at, by);
    }

    /** In the appeal's own language when the official named none. */
    Answer inLanguageOr(String appealLanguage) {
        return language != null ? this : new Answer(text, outcome, appealLanguage, oralConsent, at, by);
    }

    public String text() {
        return text;
    }

    public AnswerOutcome outcome() {
        return outcome;
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
