package gov.appeals.appeal.entity;

import gov.appeals.platform.Refusal;

/**
 * An answer as an official gives it, checked for its own shape: supported says whether measures
 * were taken, left unanswered says on which ground, and only an answer on the merits may be oral.
 * Whether this appeal allows it (a reception visitor's consent, an anonymous appeal, a repeat)
 * is the appeal's to check.
 */
public record OfficialAnswer(String text, AnswerOutcome outcome, Boolean measuresTaken, UnansweredGround ground,
        String language, boolean oral, boolean citizenConsent) {

    public OfficialAnswer {
        if (outcome == AnswerOutcome.SUPPORTED && measuresTaken == null) {
            throw Refusal.invalidField("measuresTaken", "is required with SUPPORTED: true or false");
        }
        if (outcome != AnswerOutcome.SUPPORTED && measuresTaken != null) {
            throw Refusal.invalidField("measuresTaken", "goes with SUPPORTED only");
        }
        if (outcome == AnswerOutcome.LEFT_UNANSWERED && ground == null) {
            throw Refusal.invalidField("ground", "is required with LEFT_UNANSWERED: ANONYMOUS, OBSCENE or CORRESPONDENCE_ENDED");
        }
        if (outcome != AnswerOutcome.LEFT_UNANSWERED && ground != null) {
            throw Refusal.invalidField("ground", "goes with LEFT_UNANSWERED only");
        }
        if (oral && outcome == AnswerOutcome.LEFT_UNANSWERED) {
            throw Refusal.invalidField("oral", "an appeal left unanswered is not answered orally");
        }
    }

    /** A head's decision on a repeat appeal, not an official's answer. */
    public boolean endsCorrespondence() {
        return ground == UnansweredGround.CORRESPONDENCE_ENDED;
    }
}
