package gov.appeals.routing.control;

/**
 * Where the rules send an appeal: to a body, or to a dispatcher with the reason why no body was chosen.
 */
public record RoutingDecision(String bodyCode, String reason) {

    public static RoutingDecision toBody(String bodyCode, String reason) {
        return new RoutingDecision(bodyCode, reason);
    }

    public static RoutingDecision toDispatcher(String reason) {
        return new RoutingDecision(null, reason);
    }

    public boolean routed() {
        return bodyCode != null;
    }
}
