package gov.appeals.registration.control;

import gov.appeals.reference.entity.Category;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/** The keyword classifier with the shipped term lists, loaded once per deployment. */
@ApplicationScoped
public class SubjectClassifier {

    private KeywordClassifier classifier;

    @PostConstruct
    void load() {
        classifier = KeywordClassifier.fromResource(KeywordClassifier.DEFAULT_RESOURCE, Category.OTHER);
    }

    public String classify(String summary) {
        return classifier.classify(summary);
    }
}
