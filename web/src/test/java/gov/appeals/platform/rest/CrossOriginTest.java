package gov.appeals.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossOriginTest {

    @Test
    void offUnlessConfigured() {
        assertEquals(Set.of(), CrossOrigin.parse(""));
        assertEquals(Set.of(), CrossOrigin.parse(" , "));
    }

    @Test
    void originsAreExactAsABrowserSendsThem() {
        assertEquals(Set.of("https://desk.example.gov", "http://localhost:5173"),
                CrossOrigin.parse("https://desk.example.gov/, http://localhost:5173"));
    }
}
