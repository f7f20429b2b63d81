package gov.appeals.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test shares: the application exactly as built, deployed to the managed
 * WildFly, and a client of its API. Most tests run as clients over HTTP ({@code @RunAsClient});
 * a test that must look from inside adds a probe ({@link Deployments#probe}) and runs its methods
 * there, with the same client.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ApplicationIT {

    static final String APPLICATION = "application";
    static final String PROBE = "probe";

    @Deployment(name = APPLICATION, order = 1, testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    /** The API over HTTP, from the test JVM or from a probe inside the server alike. */
    Api api() {
        return new Api(Deployments.applicationUrl());
    }
}
