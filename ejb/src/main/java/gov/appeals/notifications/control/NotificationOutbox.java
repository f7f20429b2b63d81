package gov.appeals.notifications.control;

import gov.appeals.notifications.entity.Medium;
import gov.appeals.notifications.entity.Notification;
import gov.appeals.notifications.entity.NotificationEvent;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.registration.entity.AnswerOutcome;
import gov.appeals.registration.entity.Appeal;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes what the citizen must be told into the outbox, in the caller's transaction: if the change
 * rolls back, so does the message, and nothing is sent before the change is committed.
 * A citizen is written to by e-mail and by SMS where the appeal has the address and the gateway
 * is configured; an appeal without a name and a way to reach its author gets no messages.
 */
@Stateless
public class NotificationOutbox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationTemplates templates;

    @Inject
    AppealsSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationsWritten> written;

    @Inject
    @ConfigProperty(name = "appeals.notifications.default-language", defaultValue = "ru")
    String defaultLanguage;

    @Inject
    SmsGateway sms;

    public void appealRegistered(Appeal appeal) {
        write(appeal, NotificationEvent.REGISTERED, appeal.getLanguage(), "", "");
    }

    public void appealRedirected(Appeal appeal, String reason) {
        write(appeal, NotificationEvent.REDIRECTED, appeal.getLanguage(), reason, "");
    }

    public void termExtended(Appeal appeal, int days, String reason) {
        write(appeal, NotificationEvent.EXTENDED, appeal.getLanguage(), reason, Integer.toString(days));
    }

    public void appealAnswered(Appeal appeal) {
        NotificationEvent event = appeal.getAnswerOutcome() == AnswerOutcome.CORRESPONDENCE_ENDED
                ? NotificationEvent.CORRESPONDENCE_ENDED : NotificationEvent.ANSWERED;
        write(appeal, event, appeal.getAnswerLanguage(), appeal.getAnswerText(), "");
    }

    private void write(Appeal appeal, NotificationEvent event, String appealLanguage, String detail, String days) {
        if (appeal.getApplicant() == null || isBlank(appeal.getApplicant().fullName())) {
            return; // anonymous: no answer is owed, and nobody to address
        }
        // Whom to write to first: most appeals registered have no e-mail, and no gateway may be
        // configured; then nothing is rendered (this runs in every registration).
        String email = appeal.getApplicant().email();
        String phone = !isBlank(appeal.getApplicant().phone()) ? appeal.getApplicant().phone() : appeal.getCallerNumber();
        boolean byEmail = !isBlank(email);
        boolean bySms = !isBlank(phone) && sms.configured();
        if (!byEmail && !bySms) {
            return;
        }
        String language = templates.languageFor(appealLanguage, defaultLanguage);
        Locale locale = Locale.forLanguageTag(language);
        String key = event.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Object[] arguments = {
            appeal.getRegistrationNumber(),
            DATE.format(appeal.getRegisteredAt().atZone(settings.zone())),
            appeal.getBody() == null ? templates.text(language, "office.name") : appeal.getBody().nameIn(locale),
            appeal.getDueAt() == null ? "" : DATE.format(appeal.getDueAt().atZone(settings.zone())),
            appeal.getAccessCode(),
            detail == null ? "" : detail,
            days};
        String subject = templates.text(language, key + ".subject", arguments);
        String body = templates.text(language, key + ".body", arguments);
        Instant now = clock.instant();
        List<Notification> messages = new ArrayList<>();
        if (byEmail) {
            messages.add(new Notification(appeal.getId(), event, Medium.EMAIL, email.strip(), language, subject, body, now));
        }
        if (bySms) {
            messages.add(new Notification(appeal.getId(), event, Medium.SMS, phone.strip(), language, subject, body, now));
        }
        messages.forEach(em::persist);
        written.fire(new NotificationsWritten(messages.stream().map(Notification::getId).toList()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
