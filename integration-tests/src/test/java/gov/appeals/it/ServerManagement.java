package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** Operations on the test server's management model, by address ({@code subsystem=…/jms-queue=…}); each must succeed. */
final class ServerManagement {

    static final String INTAKE_QUEUE = "subsystem=messaging-activemq/server=default/jms-queue=AppealIntake";

    private final ManagementClient management;

    ServerManagement(ManagementClient management) {
        this.management = management;
    }

    ModelNode read(String address, String attribute) throws IOException {
        ModelNode op = operation(address, "read-attribute");
        op.get("name").set(attribute);
        return result(op);
    }

    void write(String address, String attribute, ModelNode value) throws IOException {
        ModelNode op = operation(address, "write-attribute");
        op.get("name").set(attribute);
        op.get("value").set(value);
        result(op);
    }

    void execute(String address, String name) throws IOException {
        result(operation(address, name));
    }

    private static ModelNode operation(String address, String name) {
        ModelNode op = new ModelNode();
        for (String element : address.split("/")) {
            String[] pair = element.split("=", 2);
            op.get("address").add(pair[0], pair[1]);
        }
        op.get("operation").set(name);
        return op;
    }

    private ModelNode result(ModelNode op) throws IOException {
        ModelNode outcome = management.getControllerClient().execute(op);
        assertEquals("success", outcome.get("outcome").asString(), outcome::toString);
        return outcome.get("result");
    }
}
