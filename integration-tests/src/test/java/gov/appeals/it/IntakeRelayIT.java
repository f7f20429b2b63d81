package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * The promise of a 202 when the broker refuses the message: the receipt has committed, so the
 * appeal is accepted all the same, and the relay sends it once the broker takes messages again.
 * The broker is made to refuse for real, through the server's management: the intake queue is
 * paused (nothing leaves it) and its address set to fail sends once it holds anything.
 */
@RunAsClient
class IntakeRelayIT extends ApplicationIT {

    private static final String INTAKE_ADDRESS =
            "subsystem=messaging-activemq/server=default/address-setting=jms.queue.AppealIntake";
    private static final String INTAKE_QUEUE = ServerManagement.INTAKE_QUEUE;

    @ArquillianResource
    ManagementClient management;

    @Test
    void appealsWhoseMessagesTheBrokerRefusedAreAcceptedAndRegisteredOnceWhenItTakesThemAgain() throws Exception {
        Api api = api();
        ServerManagement server = new ServerManagement(management);
        List<String> receipts = new ArrayList<>();
        ModelNode maxSize = server.read(INTAKE_ADDRESS, "max-size-bytes");
        ModelNode policy = server.read(INTAKE_ADDRESS, "address-full-policy");
        server.execute(INTAKE_QUEUE, "pause");
        try {
            server.write(INTAKE_ADDRESS, "max-size-bytes", new ModelNode(1L));
            server.write(INTAKE_ADDRESS, "address-full-policy", new ModelNode("FAIL"));
            // The first message fills the paused queue; the broker refuses every later one.
            for (int i = 0; i < 3; i++) {
                JsonObject receipt = api.post("operator", "intake/phone", """
                        {"kind": "APPLICATION", "summary": "Жарык жок, трансформатор күйүп кетти",
                         "callerNumber": "+996555000%03d"}""".formatted(300 + i)).expect(202).json();
                assertEquals("QUEUED", receipt.getString("status"));
                receipts.add(receipt.getString("receiptId"));
            }
            Api.pause(2000);
            long onTheQueue = server.read(INTAKE_QUEUE, "message-count").asLong();
            assertTrue(onTheQueue < receipts.size(), "the broker refused some of the messages: " + onTheQueue + " of "
                    + receipts.size() + " on the queue");
            for (String id : receipts) {
                assertEquals("QUEUED", api.get("operator", "intake/receipts/" + id).expect(200).json().getString("status"),
                        "nothing is registered while the queue is paused, and nothing accepted is lost");
            }
        } finally {
            server.write(INTAKE_ADDRESS, "address-full-policy", policy);
            server.write(INTAKE_ADDRESS, "max-size-bytes", maxSize);
            server.execute(INTAKE_QUEUE, "resume");
        }

        Set<String> numbers = new HashSet<>();
        for (String id : receipts) {
            JsonObject registered = api.awaitProcessed("operator", id);
            assertEquals("REGISTERED", registered.getString("status"), registered::toString);
            assertTrue(numbers.add(registered.getString("registrationNumber")), "one number per appeal");
        }
        JsonObject intake = api.get("admin", "admin/intake").expect(200).json();
        assertEquals(0, intake.getInt("queued"), "no receipt is left waiting");
    }
}
