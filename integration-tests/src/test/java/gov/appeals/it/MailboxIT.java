package gov.appeals.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.json.JsonObject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The office's mailbox as a door: a real IMAP and SMTP server (GreenMail, in this JVM) stands for
 * the office's mail server; the application reads the mailbox every two seconds, files what it
 * finds and acknowledges it by mail.
 */
@RunAsClient
class MailboxIT extends ApplicationIT {

    private static final String OFFICE = "appeals@test.local";
    private static final int IMAP = Integer.getInteger("it.imap.port", 3143);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(Integer.getInteger("it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(IMAP, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(OFFICE, "appeals", "secret"))
            .withPerMethodLifecycle(false);

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern NUMBER = Pattern.compile("\\d{4}-\\d{6}");

    /** A mail as a citizen's client sends it, with a Message-ID of its own that survives a copy. */
    private static MimeMessage mail(InternetAddress from, String subject, String text, MimeBodyPart... files)
            throws Exception {
        String id = "<" + System.nanoTime() + "@mail.example.kg>";
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        mail.setFrom(from);
        mail.setRecipients(Message.RecipientType.TO, OFFICE);
        mail.setSubject(subject, "UTF-8");
        MimeMultipart body = new MimeMultipart();
        if (text != null) {
            MimeBodyPart part = new MimeBodyPart();
            part.setText(text, "UTF-8");
            body.addBodyPart(part);
        }
        for (MimeBodyPart file : files) {
            body.addBodyPart(file);
        }
        mail.setContent(body);
        mail.saveChanges();
        return mail;
    }

    private static MimeBodyPart file(String name, String type, byte[] content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static void deliver(MimeMessage mail) throws Exception {
        GreenMailUser office = MAIL.getUserManager().getUserByEmail(OFFICE);
        office.deliver(new MimeMessage(mail));
    }

    /** How many mails a folder of the office's mailbox holds, as its own IMAP server says. */
    private static int count(String folder) throws MessagingException {
        Properties imap = new Properties();
        imap.put("mail.imap.host", "127.0.0.1");
        imap.put("mail.imap.port", Integer.toString(IMAP));
        try (Store store = Session.getInstance(imap).getStore("imap")) {
            store.connect("appeals", "secret");
            Folder f = store.getFolder(folder);
            return f.exists() ? f.getMessageCount() : 0;
        }
    }

    /** The folders of the office's mailbox (all of them) that still hold a mail from {@code sender}. */
    private static List<String> foldersHolding(String sender) throws MessagingException {
        Properties imap = new Properties();
        imap.put("mail.imap.host", "127.0.0.1");
        imap.put("mail.imap.port", Integer.toString(IMAP));
        List<String> holding = new java.util.ArrayList<>();
        try (Store store = Session.getInstance(imap).getStore("imap")) {
            store.connect("appeals", "secret");
            for (Folder folder : store.getDefaultFolder().list("*")) {
                if ((folder.getType() & Folder.HOLDS_MESSAGES) == 0) {
                    continue;
                }
                folder.open(Folder.READ_ONLY);
                try {
                    for (Message m : folder.getMessages()) {
                        if (Arrays.stream(m.getFrom()).anyMatch(a -> a.toString().contains(sender))) {
                            holding.add(folder.getFullName());
                        }
                    }
                } finally {
                    folder.close(false);
                }
            }
        }
        return holding;
    }

    private static void awaitEmptyInbox() throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (count("INBOX") > 0) {
            if (Instant.now().isAfter(deadline)) {
                fail("the office's inbox still holds " + count("INBOX") + " mails");
            }
            Api.pause(250);
        }
    }

    private static List<MimeMessage> sentTo(String address) throws MessagingException {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage awaitAcknowledgement(String address) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> sent = sentTo(address);
            if (!sent.isEmpty()) {
                return sent.get(0);
            }
            Api.pause(250);
        }
        return fail("no acknowledgement to " + address);
    }

    private long electronicAppeals(Api api) {
        return api.get("dispatcher", "appeals?channel=ELECTRONIC&size=1").expect(200).json().getJsonNumber("total")
                .longValue();
    }

    @Test
    void aMailReadTwiceFilesOneAppealAcknowledgedInTheCitizensLanguage() throws Exception {
        Api api = api();
        long before = electronicAppeals(api);
        String citizen = "aibek" + System.nanoTime() + "@example.kg";
        MimeMessage mail = mail(new InternetAddress(citizen, "Айбек Осмонов", "UTF-8"), "Жол оңдолбой жатат",
                "Биздин көчөдөгү жол эки жылдан бери оңдолбой жатат. Жардам бериңиздер.");
        deliver(mail);
        deliver(mail);

        MimeMessage acknowledgement = awaitAcknowledgement(citizen);
        Matcher number = NUMBER.matcher(acknowledgement.getSubject());
        assertTrue(number.find(), acknowledgement.getSubject());
        assertTrue(acknowledgement.getSubject().startsWith("Кайрылуу"), "in Kyrgyz: " + acknowledgement.getSubject());
        awaitEmptyInbox();
        assertEquals(List.of(), foldersHolding(citizen),
                "filed and gone: the appeal holds the mail, so that retention and erasure reach all of it");
        assertEquals(before + 1, electronicAppeals(api), "one appeal for the mail read twice");
        assertEquals(1, sentTo(citizen).size(), "acknowledged once");

        JsonObject appeal = api.appeal("dispatcher", number.group());
        assertEquals("ELECTRONIC", appeal.getString("channel"));
        assertEquals("EMAIL", appeal.getJsonObject("letter").getString("receivedVia"));
        assertEquals(citizen, appeal.getJsonObject("applicant").getString("email"));
        assertEquals("Айбек Осмонов", appeal.getJsonObject("applicant").getString("fullName"));
        assertEquals("ky", appeal.getString("language"));
        assertEquals("mailbox", appeal.getString("filedBy"));
        assertTrue(appeal.getString("summary").startsWith("Жол оңдолбой жатат\n\nБиздин көчөдөгү жол"), appeal.toString());
    }

    @Test
    void theFilesAMailBringsComeWithItsAppealAndOthersAreLeftOut() throws Exception {
        Api api = api();
        String citizen = "asel" + System.nanoTime() + "@example.kg";
        deliver(mail(new InternetAddress(citizen, "Асель", "UTF-8"), "Жалоба на поликлинику", "Прилагаю справку.",
                file("справка.pdf", "application/pdf", WrittenIntakeIT.PDF),
                file("invoice.pdf", "application/pdf", WrittenIntakeIT.EXE)));
        Matcher number = NUMBER.matcher(awaitAcknowledgement(citizen).getSubject());
        assertTrue(number.find());
        var files = api.get("dispatcher", "appeals/" + number.group() + "/attachments").expect(200).array();
        assertEquals(1, files.size(), files::toString);
        assertEquals("справка.pdf", files.getJsonObject(0).getString("fileName"));
        assertEquals("ru", api.appeal("dispatcher", number.group()).getString("language"));
    }

    @Test
    void aMailThatCannotBeAnAppealIsSetAsideForAClerk() throws Exception {
        String sender = "nobody" + System.nanoTime() + "@example.kg";
        int asideBefore = count("For a clerk");
        deliver(mail(new InternetAddress(sender), "", null, file("run.exe", "application/octet-stream", WrittenIntakeIT.EXE)));
        awaitEmptyInbox();
        assertEquals(asideBefore + 1, count("For a clerk"), "kept, for a clerk");
        assertEquals(0, sentTo(sender).size(), "nothing filed, nothing acknowledged");
    }
}
