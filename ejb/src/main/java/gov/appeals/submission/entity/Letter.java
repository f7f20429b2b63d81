package gov.appeals.submission.entity;

import java.time.LocalDate;

/**
 * What a written appeal carries besides its text: how it came, and the sender's own outgoing
 * number and date when the letter has them (an organisation's letters do; a citizen's rarely).
 */
public record Letter(ReceivedVia receivedVia, String letterNumber, LocalDate letterDate) {
}
