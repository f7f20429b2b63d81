package gov.appeals.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.appeals.platform.Refusal;
import gov.appeals.submission.entity.AppealSubmission;
import gov.appeals.submission.entity.Channel;
import gov.appeals.submission.entity.ReceivedVia;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** An e-mail read as an appeal, without a mail server. */
class MailAppealsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

    private static MimeMessage mail(String from, String subject, Object... parts) throws MessagingException {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<42@mail.example.kg>");
            }
        };
        if (from != null) {
            mail.setFrom(new InternetAddress(from));
        }
        mail.setRecipients(Message.RecipientType.TO, "appeals@office.kg");
        mail.setSubject(subject, "UTF-8");
        MimeMultipart body = new MimeMultipart();
        for (Object part : parts) {
            body.addBodyPart((MimeBodyPart) part);
        }
        mail.setContent(body);
        mail.saveChanges();
        return mail;
    }

    private static MimeBodyPart text(String type, String text) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", type);
        return part;
    }

    private static MimeBodyPart file(String name, byte[] content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/pdf")));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    @Test
    void theSubjectAndTextAreTheSummaryAndTheSenderIsTheApplicant() throws Exception {
        try (MailAppeal appeal = MailAppeals.read(mail("Айбек Осмонов <aibek@example.kg>", "Жол оңдолбой жатат",
                text("plain", "Көчөдөгү жол эки жылдан бери оңдолбой жатат.")), NOW)) {
            AppealSubmission s = appeal.submission();
            assertEquals(Channel.ELECTRONIC, s.channel());
            assertEquals("Жол оңдолбой жатат\n\nКөчөдөгү жол эки жылдан бери оңдолбой жатат.", s.summary());
            assertEquals("ky", s.language());
            assertEquals("aibek@example.kg", s.applicant().email());
            assertEquals("Айбек Осмонов", s.applicant().fullName());
            assertEquals(ReceivedVia.EMAIL, s.letter().receivedVia());
            assertEquals("<42@mail.example.kg>", appeal.key().value());
            assertTrue(appeal.files().isEmpty());
        }
    }

    @Test
    void theSameMailReadAgainHasTheSameKeyAndContent() throws Exception {
        MimeMessage mail = mail("a@example.kg", "Тема", text("plain", "Текст"));
        try (MailAppeal first = MailAppeals.read(mail, NOW); MailAppeal again = MailAppeals.read(mail, NOW)) {
            assertEquals(first.key(), again.key());
        }
        try (MailAppeal first = MailAppeals.read(mail, NOW);
                MailAppeal other = MailAppeals.read(mail("a@example.kg", "Тема", text("plain", "Другой текст")), NOW)) {
            assertEquals(first.key().value(), other.key().value());
            assertNotEquals(first.key().requestHash(), other.key().requestHash(),
                    "the same Message-ID with another text is another request");
        }
    }

    @Test
    void anHtmlMailIsReadAsItsText() throws Exception {
        try (MailAppeal appeal = MailAppeals.read(mail("a@example.kg", "", text("html",
                "<html><head><style>p {color: red}</style></head><body><p>Не&nbsp;работает лифт</p>"
                        + "<p>Дом&nbsp;5 &amp; 7</p><script>x()</script></body></html>")), NOW)) {
            assertEquals("Не работает лифт\nДом 5 & 7", appeal.submission().summary());
            assertEquals("ru", appeal.submission().language());
        }
    }

    @Test
    void filesThatAreTakenComeAlongAndOthersAreLeftOutByName() throws Exception {
        try (MailAppeal appeal = MailAppeals.read(mail("a@example.kg", "Справка", text("plain", "Прилагаю"),
                file("справка.pdf", IncomingFilesTest.PDF), file("invoice.pdf", IncomingFilesTest.EXE)), NOW)) {
            assertEquals(1, appeal.files().size());
            assertEquals("справка.pdf", appeal.files().get(0).fileName());
            assertEquals(List.of("invoice.pdf"), appeal.filesNotTaken());
        }
    }

    @Test
    void aMailWithoutTextOrSenderCannotBeAnAppeal() throws Exception {
        Refusal noText = assertThrows(Refusal.class,
                () -> MailAppeals.read(mail("a@example.kg", "", file("scan.pdf", IncomingFilesTest.PDF)), NOW));
        assertEquals("the mail has no text, only files", noText.getMessage());
        assertThrows(Refusal.class, () -> MailAppeals.read(mail(null, "Тема", text("plain", "Текст")), NOW));
    }

    @Test
    void theLanguageIsToldFromTheLettersOfTheText() {
        assertEquals("kk", TextLanguage.guess("Жол жөнделмей жатыр, әкімдік жауап бермейді"));
        assertEquals("ky", TextLanguage.guess("Жол оңдолбой жатат"));
        assertEquals("ru", TextLanguage.guess("Дорога не ремонтируется"));
        assertEquals("en", TextLanguage.guess("The road is not repaired"));
        assertNull(TextLanguage.guess("123 !?"));
    }
}
