package gov.appeals.routing.entity;

import gov.appeals.reference.entity.Body;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An official of a body, to whom appeals are assigned. Officials with a login sign in with their username. */
@Entity
@Table(name = "official")
@NamedQuery(name = Official.ACTIVE_OF_BODY,
        query = "select o from Official o where o.body.code = :body and o.active = true order by o.id")
public class Official {

    public static final String ACTIVE_OF_BODY = "Official.activeOfBody";

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_code")
    private Body body;

    @Column(nullable = false)
    private boolean active;

    /** The head of the body: sees every appeal of the body, lets colleagues cover for each other. */
    @Column(nullable = false)
    private boolean head;

    /**
     * Appeals assigned and not yet answered. Kept as a counter, updated with each assignment under
     * a row lock, because counting a body's open appeals at every registration grows with history.
     */
    @Column(name = "open_appeals", nullable = false)
    private int openAppeals;

    protected Official() {
    }

    public Official(Long id, String username, String fullName, Body body, int openAppeals) {
        this(id, username, fullName, body, openAppeals, false);
    }

    public Official(Long id, String username, String fullName, Body body, int openAppeals, boolean head) {
        this.head = head;
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.body = body;
        this.active = true;
        this.openAppeals = openAppeals;
    }

    public boolean isHead() {
        return head;
    }

    public void appealAssigned() {
        openAppeals++;
    }

    /** Answered, reassigned or sent on: no longer this official's to answer. */
    public void appealReleased() {
        if (openAppeals > 0) {
            openAppeals--;
        }
    }

    public boolean isActive() {
        return active;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Body getBody() {
        return body;
    }

    public int getOpenAppeals() {
        return openAppeals;
    }
}
