package gov.appeals.deadlines.control;

/**
 * The terms of each jurisdiction's appeals law, chosen with {@code appeals.jurisdiction}; each
 * term can still be overridden on its own (see {@link CaseTerms}).
 * <ul>
 * <li>KG, Law No. 67 (2007): answer in 14 working days after registration, forward in 5 days,
 * extension up to 30 days.</li>
 * <li>KZ, Administrative Procedural Code (2021): 15 working days from receipt, forward in 3
 * working days, extension up to 2 months in all.</li>
 * <li>RU, Law 59-FZ (2006): 30 days from registration, forward in 7 days, extension up to 30 days.</li>
 * </ul>
 */
public enum JurisdictionPreset {
    KG(Term.parse("14WD"), TermStart.REGISTRATION, Term.parse("5D"), Term.parse("30D")),
    KZ(Term.parse("15WD"), TermStart.RECEIPT, Term.parse("3WD"), Term.parse("2M")),
    RU(Term.parse("30D"), TermStart.REGISTRATION, Term.parse("7D"), Term.parse("30D"));

    /** Where the answer term is counted from. */
    public enum TermStart {
        RECEIPT, REGISTRATION
    }

    final Term answer;
    final TermStart answerFrom;
    final Term forward;
    final Term extensionMax;

    JurisdictionPreset(Term answer, TermStart answerFrom, Term forward, Term extensionMax) {
        this.answer = answer;
        this.answerFrom = answerFrom;
        this.forward = forward;
        this.extensionMax = extensionMax;
    }
}
