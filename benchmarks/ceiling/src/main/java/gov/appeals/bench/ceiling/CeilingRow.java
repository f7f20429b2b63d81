package gov.appeals.bench.ceiling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the insert ceiling: as small as a row can usefully be. */
@Entity
@Table(name = "bench_ceiling_row")
public class CeilingRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_ceiling_seq")
    @SequenceGenerator(name = "bench_ceiling_seq", sequenceName = "bench_ceiling_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false)
    Instant at;

    @Column(length = 200)
    String payload;
}
