package gov.appeals.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One failed attempt to register the appeal behind a receipt. Written in its own transaction
 * while the failed one rolls back, and only ever inserted, so it never waits on the locks the
 * failed attempt still holds.
 */
@Entity
@Table(name = "delivery_failure")
@NamedQuery(name = DeliveryFailure.OF_RECEIPT,
        query = "select f from DeliveryFailure f where f.receiptId = :receipt order by f.at desc, f.id desc")
public class DeliveryFailure {

    public static final String OF_RECEIPT = "DeliveryFailure.ofReceipt";
    public static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_failure_seq")
    @SequenceGenerator(name = "delivery_failure_seq", sequenceName = "delivery_failure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "receipt_id")
    private UUID receiptId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private int attempt;

    @Column(nullable = false, length = MAX_ERROR)
    private String error;

    protected DeliveryFailure() {
    }

    public DeliveryFailure(UUID receiptId, Instant at, int attempt, String error) {
        this.receiptId = receiptId;
        this.at = at;
        this.attempt = attempt;
        this.error = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    public String getError() {
        return error;
    }
}
