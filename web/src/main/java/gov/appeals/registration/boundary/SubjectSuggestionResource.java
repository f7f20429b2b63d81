package gov.appeals.registration.boundary;

import gov.appeals.platform.Roles;
import gov.appeals.platform.rest.InvalidRequestException;
import gov.appeals.platform.rest.Languages;
import gov.appeals.reference.boundary.CodeName;
import gov.appeals.reference.control.ReferenceCatalog;
import gov.appeals.registration.control.SubjectClassifier;
import gov.appeals.submission.control.SubmissionRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The subject registration would give a text, for a desk to suggest while the summary is typed:
 * the same classifier, nothing filed. The desk may choose another subject; registration then keeps
 * the one chosen.
 */
@Tag(name = "Intake")
@Path("intake/subject-suggestion")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectSuggestionResource {

    public record TextToClassify(String summary) {
    }

    public record Suggestion(CodeName category) {
    }

    @Inject
    SubjectClassifier classifier;

    @Inject
    ReferenceCatalog reference;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "suggestSubject", summary = "The subject registration would give a text", description = """
            `{summary}` → `{category: {code, name}}`: the subject registration's classifier would give the
            text; nothing filed""")
    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.RECEPTION, Roles.PRODUCER, Roles.CLERK})
    public Suggestion suggest(TextToClassify text) {
        if (text == null || text.summary() == null || text.summary().isBlank()) {
            throw InvalidRequestException.of("summary", "is required");
        }
        if (text.summary().length() > SubmissionRules.MAX_SUMMARY) {
            throw InvalidRequestException.of("summary", "is longer than " + SubmissionRules.MAX_SUMMARY + " characters");
        }
        return new Suggestion(CodeName.of(reference.category(classifier.classify(text.summary())),
                Languages.preferred(headers)));
    }
}
