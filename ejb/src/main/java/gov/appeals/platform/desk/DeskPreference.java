package gov.appeals.platform.desk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What an account chose for its desk: for now its language. */
@Entity
@Table(name = "desk_preference")
public class DeskPreference {

    @Id
    @Column(name = "username", length = 200)
    private String username;

    @Column(name = "language", length = 5, nullable = false)
    private String language;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DeskPreference() {
    }

    DeskPreference(String username, String language, Instant at) {
        this.username = username;
        choose(language, at);
    }

    void choose(String language, Instant at) {
        this.language = language;
        this.changedAt = at;
    }

    public String language() {
        return language;
    }
}
