package gov.appeals.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegistrationCounterTest {

    @Test
    void numbersAreTheYearAndASixDigitSequence() {
        RegistrationCounter counter = new RegistrationCounter(2026);
        assertEquals("2026-000001", counter.next());
        assertEquals("2026-000002", counter.next());
    }
}
