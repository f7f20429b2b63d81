package gov.appeals.routing.control;

import gov.appeals.routing.entity.AssignmentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps each official's count of open appeals as appeals are handed over, answered, sent on and
 * reopened, in the transaction of the change. The count decides who gets the next appeal.
 */
@ApplicationScoped
public class Workloads {

    public void changed(@Observes AssignmentChanged change) {
        if (change.released() != null) {
            change.released().appealReleased();
        }
        if (change.charged() != null) {
            change.charged().appealAssigned();
        }
    }
}
