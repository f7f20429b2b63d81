package gov.appeals.intake.control;

import gov.appeals.intake.entity.IntakeMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The wire form of intake messages: JSON, so that a message on the queue or in the dead-letter
 * table can be read by an administrator and replayed by any version that knows the fields.
 */
public final class IntakeMessageJson {

    /** Message property carrying the receipt id, so that a message can be traced without parsing it. */
    public static final String RECEIPT_ID = "receiptId";
    /** Message property carrying the channel, for selectors and monitoring. */
    public static final String CHANNEL = "channel";
    /** Which sending of the receipt's message this is: 1 at intake, more when the relay sent it again. */
    public static final String HAND_OVER = "handOver";

    private static final Jsonb JSONB = JsonbBuilder.create();

    private IntakeMessageJson() {
    }

    public static String toJson(IntakeMessage message) {
        return JSONB.toJson(message);
    }

    public static IntakeMessage fromJson(String json) {
        return JSONB.fromJson(json, IntakeMessage.class);
    }
}
