package gov.appeals.intake.control;

import gov.appeals.platform.Digests;
import gov.appeals.platform.Refusal;
import gov.appeals.submission.control.SubmissionRules;
import gov.appeals.submission.entity.AppealKind;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.ApplicantDetails;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.Letter;
import gov.appeals.submission.entity.ReceivedVia;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads an e-mail as an appeal: the subject and the text (the plain part, or the text of the HTML
 * part) as its summary, the sender as the applicant's e-mail, the files it brought that are
 * taken. A mail that cannot be an appeal (no text, no sender, files past the limits) is refused
 * with the reason, for a clerk to deal with by hand.
 */
public final class MailAppeals {

    static final int MAX_SUMMARY = SubmissionRules.MAX_SUMMARY;

    private MailAppeals() {
    }

    /** @throws Refusal with the reason when the mail cannot be filed as an appeal */
    public static MailAppeal read(MimeMessage mail, Instant now) throws MessagingException, IOException {
        InternetAddress sender = sender(mail);
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        List<Part> fileParts = new ArrayList<>();
        walk(mail, plain, html, fileParts);
        String text = !plain.toString().isBlank() ? plain.toString() : htmlToText(html.toString());
        String subject = mail.getSubject() == null ? "" : mail.getSubject().strip();
        String summary = ((subject.isEmpty() ? "" : subject + "\n\n") + text.strip()).strip();
        if (summary.isEmpty()) {
            throw Refusal.notAllowed("the mail has no text" + (fileParts.isEmpty() ? "" : ", only files"));
        }
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY);
        }
        IncomingFiles.checkCount("attachment", fileParts.size());
        List<IncomingFile> files = new ArrayList<>();
        List<String> notTaken = new ArrayList<>();
        try {
            long allowance = IncomingFiles.MAX_TOTAL_BYTES;
            for (Part part : fileParts) {
                String name = fileName(part);
                try {
                    IncomingFile file = IncomingFiles.receive("attachment[" + files.size() + "]", name,
                            part.getInputStream(), allowance);
                    files.add(file);
                    allowance -= file.size();
                } catch (Refusal refused) {
                    if (refused.kind() == Refusal.Kind.TOO_LARGE) {
                        throw refused;
                    }
                    notTaken.add(name == null ? "a file without a name" : name);
                }
            }
            Instant sent = mail.getSentDate() == null ? now : mail.getSentDate().toInstant();
            AppealSubmission submission = new AppealSubmission(Channel.ELECTRONIC, AppealKind.APPLICATION, summary,
                    TextLanguage.guess(summary), null, null,
                    new ApplicantDetails(personal(sender), null, sender.getAddress(), null, null), null, null,
                    (sent.isAfter(now) ? now : sent).atOffset(ZoneOffset.UTC), null, null, null,
                    new Letter(ReceivedVia.EMAIL, null, null), null, List.of(), null);
            return new MailAppeal(key(mail, sender, summary, files), submission, files, notTaken);
        } catch (RuntimeException | MessagingException | IOException e) {
            files.forEach(IncomingFile::close);
            throw e;
        }
    }

    private static InternetAddress sender(MimeMessage mail) throws MessagingException {
        Address[] from = mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !address.getAddress().contains("@")) {
            throw Refusal.notAllowed("the mail has no sender's address to answer");
        }
        return address;
    }

    private static String personal(InternetAddress sender) {
        String name = sender.getPersonal();
        return name == null || name.isBlank() ? null : name.strip().substring(0, Math.min(300, name.strip().length()));
    }

    private static void walk(Part part, StringBuilder plain, StringBuilder html, List<Part> files)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                walk(parts.getBodyPart(i), plain, html, files);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || (part.getFileName() != null && !part.isMimeType("text/*"))) {
            files.add(part);
        } else if (part.isMimeType("text/plain") && plain.isEmpty()) {
            plain.append(part.getContent());
        } else if (part.isMimeType("text/html") && html.isEmpty()) {
            html.append(part.getContent());
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    /** The text a reader sees of an HTML part: no markup, no scripts or styles, lines where blocks end. */
    static String htmlToText(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6])>", "\n")
                .replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    /**
     * The Message-ID as the idempotency key (hashed when it is not a short visible-ASCII string),
     * with the mail's content: the same mail read again files nothing new.
     */
    private static IdempotencyKey key(MimeMessage mail, InternetAddress sender, String summary, List<IncomingFile> files)
            throws MessagingException {
        String id = mail.getMessageID();
        String content = sender.getAddress() + "\n" + summary;
        if (id == null || id.isBlank()) {
            Date sent = mail.getSentDate();
            id = "no-message-id:" + Digests.sha256Hex(IdempotencyKey.contentHash(content, files) + "\n"
                    + (sent == null ? "" : sent.getTime()));
        }
        id = id.strip();
        return IdempotencyKey.of(IdempotencyKey.valid(id) ? id : "message-id:" + Digests.sha256Hex(id), content, files);
    }
}
