package gov.appeals.it;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
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

    /** The application's HTTP address as seen from inside the server, for probe deployments (the port offset applies). */
    public static URL applicationUrl() throws MalformedURLException {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return new URL("http://127.0.0.1:" + port + "/");
    }
}
