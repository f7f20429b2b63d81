package gov.appeals.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The application exactly as built: the EAR of the ear module, not an archive assembled for tests. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        String path = System.getProperty("appeals.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("The application EAR was not found at " + path + "; run ./mvnw verify from the root");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }
}
