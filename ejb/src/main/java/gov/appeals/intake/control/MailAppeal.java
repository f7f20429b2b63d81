package gov.appeals.intake.control;

import gov.appeals.submission.entity.AppealSubmission;
import java.util.List;

/**
 * An e-mail to the office's mailbox, read as an appeal: the submission, the files it brought that
 * are taken, and the names of those that are not. Closing it deletes the files' spools.
 *
 * @param key the mail's Message-ID as an idempotency key: a mail read twice files one appeal
 */
public record MailAppeal(IdempotencyKey key, AppealSubmission submission, List<IncomingFile> files,
        List<String> filesNotTaken) implements AutoCloseable {

    @Override
    public void close() {
        files.forEach(IncomingFile::close);
    }
}
