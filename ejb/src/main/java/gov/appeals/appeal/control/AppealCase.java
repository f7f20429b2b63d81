package gov.appeals.appeal.control;

import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealLink;
import gov.appeals.appeal.entity.LinkType;
import java.util.List;

/** An appeal with everything read for showing it whole, including its links to other appeals both ways. */
public record AppealCase(Appeal appeal, List<Link> links) {

    /**
     * DUPLICATE_OF / REPEAT_OF / RECONSIDERATION_OF point to an earlier appeal; DUPLICATED_BY /
     * REPEATED_BY / RECONSIDERED_BY to a later one.
     */
    public record Link(String type, String registrationNumber) {

        static Link of(AppealLink link, Appeal seenFrom) {
            boolean later = link.getAppeal().getId().equals(seenFrom.getId());
            String type = switch (link.getType()) {
                case DUPLICATE -> later ? "DUPLICATE_OF" : "DUPLICATED_BY";
                case REPEAT -> later ? "REPEAT_OF" : "REPEATED_BY";
                case RECONSIDERATION -> later ? "RECONSIDERATION_OF" : "RECONSIDERED_BY";
            };
            return new Link(type, (later ? link.getEarlier() : link.getAppeal()).getRegistrationNumber());
        }
    }
}
