package gov.appeals.intake.entity;

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
 * A file that came with an appeal (a scanned page, a photo, a PDF), committed with its receipt.
 * Its bytes are in {@code attachment_chunk}, in pieces of at most {@link #CHUNK_BYTES}, so that a
 * file is written and read a piece at a time and never held whole in memory.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(name = Attachment.OF_RECEIPT, query = "select a from Attachment a where a.receiptId = :receipt order by a.id")
public class Attachment {

    public static final String OF_RECEIPT = "Attachment.ofReceipt";
    public static final int CHUNK_BYTES = 256 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "receipt_id", nullable = false)
    private UUID receiptId;

    /** As the sender named it: shown, never trusted (the type is detected from the content). */
    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private int chunks;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected Attachment() {
    }

    public Attachment(UUID receiptId, String fileName, String mediaType, long size, String sha256, Instant receivedAt) {
        this.receiptId = receiptId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.chunks = (int) ((size + CHUNK_BYTES - 1) / CHUNK_BYTES);
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public UUID getReceiptId() {
        return receiptId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public int getChunks() {
        return chunks;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
