package gov.appeals.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** E-mail through the server's mail session {@code java:jboss/mail/Appeals} (SMTP host and sender: server configuration). */
@ApplicationScoped
public class MailGateway {

    @Resource(lookup = "java:jboss/mail/Appeals")
    Session session;

    public void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // the session's sender (mail.from: appeals.mail.from in the server configuration)
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }
}
