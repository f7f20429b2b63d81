package gov.appeals.intake.control;

import gov.appeals.intake.entity.Attachment;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Blob;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The files that came with appeals, kept in the database beside their receipts: written in the
 * receipt's transaction, a piece at a time, and read back a piece at a time.
 */
@Stateless
public class Attachments {

    @PersistenceContext
    EntityManager em;

    /** Stores the files of one receipt in the caller's transaction; their ids, in order. */
    /**
     * The files of a receipt written again under its id: those a crash kept when they are all there
     * (the same files, by their digests), else stored anew in place of any part kept.
     */
    public List<Long> storeOnce(UUID receiptId, List<IncomingFile> files, Instant at) {
        List<Attachment> kept = ofReceipt(receiptId);
        if (kept.isEmpty()) {
            return store(receiptId, files, at);
        }
        List<String> keptDigests = kept.stream().map(Attachment::getSha256).toList();
        if (keptDigests.equals(files.stream().map(IncomingFile::sha256).toList())) {
            return kept.stream().map(Attachment::getId).toList();
        }
        kept.forEach(em::remove);
        em.flush();
        return store(receiptId, files, at);
    }

    public List<Long> store(UUID receiptId, List<IncomingFile> files, Instant at) {
        List<Long> ids = new ArrayList<>(files.size());
        for (IncomingFile file : files) {
            Attachment attachment = new Attachment(receiptId, file.fileName(), file.mediaType(), file.size(),
                    file.sha256(), at);
            em.persist(attachment);
            em.flush();
            writeChunks(attachment, file);
            ids.add(attachment.getId());
        }
        return ids;
    }

    private void writeChunks(Attachment attachment, IncomingFile file) {
        try (InputStream in = file.open()) {
            for (int seq = 0; seq < attachment.getChunks(); seq++) {
                byte[] chunk = in.readNBytes(Attachment.CHUNK_BYTES);
                em.createNativeQuery("insert into attachment_chunk (attachment_id, seq, data) values (:a, :s, :d)")
                        .setParameter("a", attachment.getId()).setParameter("s", seq).setParameter("d", chunk)
                        .executeUpdate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the spooled " + file.part(), e);
        }
    }

    public List<Attachment> ofReceipt(UUID receiptId) {
        return em.createNamedQuery(Attachment.OF_RECEIPT, Attachment.class).setParameter("receipt", receiptId)
                .getResultList();
    }

    /** One file of the receipt; empty when it has no such file. */
    public Optional<Attachment> ofReceipt(UUID receiptId, long id) {
        return Optional.ofNullable(em.find(Attachment.class, id)).filter(a -> a.getReceiptId().equals(receiptId));
    }

    /** One piece of a file's bytes, in its own short read: a slow reader holds no transaction open. */
    public byte[] chunk(long attachmentId, int seq) {
        Object data = em.createNativeQuery("select data from attachment_chunk where attachment_id = :a and seq = :s")
                .setParameter("a", attachmentId).setParameter("s", seq).getSingleResult();
        try {
            return data instanceof Blob blob ? blob.getBytes(1, (int) blob.length()) : (byte[]) data;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read piece " + seq + " of attachment " + attachmentId, e);
        }
    }
}
