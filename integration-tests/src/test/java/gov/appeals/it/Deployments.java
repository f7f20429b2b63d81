package gov.appeals.it;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the application exactly as built (the EAR of the ear module,
 * not an archive assembled for tests), and probes beside it.
 */
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

    /**
     * A test deployed beside the application to look from inside (the JMS topic, the timer and
     * dead-letter tables, the broker), with the client it uses for the API.
     */
    public static WebArchive probe(Class<? extends ApplicationIT> test) {
        return ShrinkWrap.create(WebArchive.class, test.getSimpleName() + "-probe.war")
                .addClasses(test, ApplicationIT.class, Api.class, Api.Reply.class, Deployments.class)
                .addAsManifestResource(new StringAsset("Dependencies: java.net.http, org.eclipse.parsson\n"), "MANIFEST.MF");
    }

    /**
     * The application's HTTP address, from the test JVM or from inside the server: the managed
     * server's port offset is the server's own property there, the build's here.
     */
    public static URL applicationUrl() {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", Integer.getInteger("it.port.offset", 0));
        try {
            return new URL("http://127.0.0.1:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
