package gov.appeals.appeal.entity;

/** What people do to an appeal after registration; {@link AppealStatus#allows} says when. */
public enum AppealAction {
    ROUTE("routed"),
    ASSIGN("reassigned"),
    REDIRECT("redirected"),
    EXTEND("extended"),
    ANSWER("answered"),
    CLOSE("closed"),
    REOPEN("reopened");

    private final String pastTense;

    AppealAction(String pastTense) {
        this.pastTense = pastTense;
    }

    public String pastTense() {
        return pastTense;
    }
}
