package gov.appeals.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last registration number given in a year. A row per year rather than a database sequence:
 * numbers restart each year, and a row lock keeps them gap-free and in registration order
 * across every node sharing the database.
 */
@Entity
@Table(name = "registration_counter")
public class RegistrationCounter {

    @Id
    @Column(name = "reg_year")
    private int year;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected RegistrationCounter() {
    }

    public RegistrationCounter(int year) {
        this.year = year;
    }

    /** Takes the next number of the year: {@code YYYY-NNNNNN}. */
    public String next() {
        lastValue++;
        return String.format("%d-%06d", year, lastValue);
    }
}
