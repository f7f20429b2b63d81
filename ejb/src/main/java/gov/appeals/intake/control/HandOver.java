package gov.appeals.intake.control;

import gov.appeals.submission.entity.Channel;
import java.util.UUID;

/**
 * One sending of an intake message: the first at intake, later ones by the relay. The message is
 * the JSON the receipt stores, serialised once when the receipt is given and sent as it is. The
 * number travels with the message, so that registration records which sending registered the appeal.
 */
public record HandOver(UUID receiptId, Channel channel, String json, int number) {

    public static HandOver first(UUID receiptId, Channel channel, String json) {
        return new HandOver(receiptId, channel, json, 1);
    }
}
