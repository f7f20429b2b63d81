package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.submission.entity.Channel;
import java.time.LocalDate;

/**
 * Criteria of the appeals list; null means any. Dates are of receipt, in the deployment's time zone,
 * inclusive. {@code text} is a dispatcher's search: a registration number, the applicant's phone,
 * e-mail or national ID, or words of the summary or the applicant's name.
 */
public record AppealFilter(Channel channel, AppealStatus status, String category, String body, LocalDate from, LocalDate to,
        String text) {
}
