package gov.appeals.routing.control;

import gov.appeals.reference.entity.Category;
import gov.appeals.routing.entity.RoutingRule;
import gov.appeals.submission.entity.AppealKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The routing rules as a lookup: category and region to the competent body. Immutable, so one
 * snapshot serves every registration at once.
 */
public final class RoutingTable {

    private final Map<String, String> byCategory = new HashMap<>();
    private final Map<String, String> byCategoryAndRegion = new HashMap<>();

    public RoutingTable(List<RoutingRule> rules) {
        for (RoutingRule rule : rules) {
            if (rule.getRegionCode() == null) {
                byCategory.put(rule.getCategoryCode(), rule.getBodyCode());
            } else {
                byCategoryAndRegion.put(key(rule.getCategoryCode(), rule.getRegionCode()), rule.getBodyCode());
            }
        }
    }

    /**
     * Decides where an appeal goes. A complaint is never sent to the body it complains about, and
     * an appeal no rule covers waits for a dispatcher; both say why in the decision.
     */
    public RoutingDecision route(AppealKind kind, String category, String region, String respondent) {
        if (Category.OTHER.equals(category)) {
            return RoutingDecision.toDispatcher("Subject OTHER has no competent body by rule; a dispatcher routes it");
        }
        String regional = region == null ? null : byCategoryAndRegion.get(key(category, region));
        String body = regional != null ? regional : byCategory.get(category);
        if (body == null) {
            return RoutingDecision.toDispatcher("No routing rule for subject " + category
                    + (region == null ? "" : " in region " + region) + "; a dispatcher routes it");
        }
        if (kind == AppealKind.COMPLAINT && Objects.equals(body, respondent)) {
            return RoutingDecision.toDispatcher("Complaint about " + body
                    + ", the body the rules pick: a complaint is never sent to the body it is about; a dispatcher routes it");
        }
        String why = regional != null
                ? "Rule: subject " + category + " in region " + region + " goes to " + body
                : "Rule: subject " + category + " goes to " + body;
        return RoutingDecision.toBody(body, why);
    }

    private static String key(String category, String region) {
        return category + '/' + region;
    }
}
