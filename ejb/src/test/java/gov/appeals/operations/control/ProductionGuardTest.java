package gov.appeals.operations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The security review's finding: the verdict link, with its access code, went out over plain HTTP. */
class ProductionGuardTest {

    @Test
    void aPublicAddressOverPlainHttpIsRefused() {
        List<String> refusals = ProductionGuard.refusals("http://appeals.example.gov");
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("https://"), refusals.get(0));
        assertEquals(1, ProductionGuard.refusals("ftp://appeals.example.gov").size());
        assertEquals(1, ProductionGuard.refusals("not a url").size());
    }

    @Test
    void httpsAnywhereAndPlainHttpOnThisMachineAreAccepted() {
        assertEquals(List.of(), ProductionGuard.refusals("https://appeals.example.gov"));
        assertEquals(List.of(), ProductionGuard.refusals("HTTPS://appeals.example.gov:8443/"));
        assertEquals(List.of(), ProductionGuard.refusals("http://localhost:8080"));
        assertEquals(List.of(), ProductionGuard.refusals("http://127.0.0.1:8480"));
        assertEquals(List.of(), ProductionGuard.refusals("http://[::1]:8080"));
    }
}
