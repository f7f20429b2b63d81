package gov.appeals.notifications.control;

import gov.appeals.appeal.control.AppealAnswered;
import gov.appeals.appeal.control.AppealRedirected;
import gov.appeals.appeal.control.AppealRegistered;
import gov.appeals.appeal.control.TermExtended;
import gov.appeals.appeal.entity.Appeal;
import gov.appeals.appeal.entity.AppealStatus;
import gov.appeals.appeal.entity.Applicant;
import gov.appeals.notifications.entity.Medium;
import gov.appeals.notifications.entity.Notification;
import gov.appeals.notifications.entity.NotificationEvent;
import gov.appeals.platform.AppealsSettings;
import gov.appeals.submission.entity.ReceivedVia;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
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
 * Writes what the citizen must be told into the outbox when an appeal is registered, redirected,
 * extended or answered. It observes those events in the transaction that fired them: if the change
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

    /** Where citizens reach the server from outside: the answer's message links to its verdict page there. */
    @Inject
    @ConfigProperty(name = "appeals.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "appeals.verdict.window-days", defaultValue = "30")
    int verdictWindowDays;

    @Inject
    SmsGateway sms;

    public void on(@Observes AppealRegistered registered) {
        Appeal appeal = registered.appeal();
        if (appeal.getStatus() == AppealStatus.CLOSED) {
            return; // advice given or answered on air: the citizen already has the answer
        }
        write(appeal, NotificationEvent.REGISTERED, appeal.getMatter().language(), "", "");
    }

    public void on(@Observes AppealRedirected redirected) {
        Appeal appeal = redirected.appeal();
        write(appeal, NotificationEvent.REDIRECTED, appeal.getMatter().language(), redirected.reason(), "");
    }

    public void on(@Observes TermExtended extended) {
        Appeal appeal = extended.appeal();
        write(appeal, NotificationEvent.EXTENDED, appeal.getMatter().language(), extended.reason(),
                Integer.toString(extended.days()));
    }

    public void on(@Observes AppealAnswered answered) {
        Appeal appeal = answered.appeal();
        NotificationEvent event = appeal.getAnswer().endsCorrespondence()
                ? NotificationEvent.CORRESPONDENCE_ENDED : NotificationEvent.ANSWERED;
        write(appeal, event, appeal.getAnswer().language(), appeal.getAnswer().text(), "");
    }

    private void write(Appeal appeal, NotificationEvent event, String appealLanguage, String detail, String days) {
        Recipient to = recipient(appeal, sms.configured());
        if (to == null) {
            return;
        }
        String language = templates.languageFor(appealLanguage, defaultLanguage);
        Locale locale = Locale.forLanguageTag(language);
        String key = event.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Object[] arguments = {
            appeal.getRegistrationNumber(),
            DATE.format(appeal.getRegisteredAt().atZone(settings.zone())),
            appeal.getCustody().body() == null ? templates.text(language, "office.name") : appeal.getCustody().body().nameIn(locale),
            appeal.getTerm().dueAt() == null ? "" : DATE.format(appeal.getTerm().dueAt().atZone(settings.zone())),
            appeal.getAccessCode(),
            detail == null ? "" : detail,
            days,
            verdictPage(appeal),
            Integer.toString(verdictWindowDays)};
        String subject = templates.text(language, key + ".subject", arguments);
        String body = templates.text(language, key + ".body", arguments);
        Instant now = clock.instant();
        List<Notification> messages = new ArrayList<>();
        if (to.email() != null) {
            messages.add(new Notification(appeal.getId(), event, Medium.EMAIL, to.email(), language, subject, body, now));
        }
        if (to.phone() != null) {
            messages.add(new Notification(appeal.getId(), event, Medium.SMS, to.phone(), language, subject, body, now));
        }
        messages.forEach(em::persist);
        written.fire(new NotificationsWritten(messages.stream().map(Notification::getId).toList()));
    }

    /** The page where the citizen says whether the answer helped: the access code opens it. */
    private String verdictPage(Appeal appeal) {
        return publicUrl.replaceAll("/+$", "") + "/api/v1/public/appeals/" + appeal.getRegistrationNumber()
                + "/verdict-form?code=" + appeal.getAccessCode();
    }

    /** Where a citizen is written to: an e-mail address, a phone for SMS, or both; never neither. */
    record Recipient(String email, String phone) {
    }

    /**
     * Whom to write to, decided before anything is rendered: most appeals have no e-mail and no
     * gateway may be configured (this runs in every registration). An anonymous or nameless appeal
     * is owed no message and has nobody to address, except one that came by e-mail: its sender is
     * acknowledged at the address it wrote from, as the law asks of electronic appeals. A hotline
     * appeal without a phone given is answered by SMS at the number it was called from.
     *
     * @return null when nobody is to be written to
     */
    static Recipient recipient(Appeal appeal, boolean smsConfigured) {
        Applicant applicant = appeal.getApplicant();
        if (!applicant.isNamed() && appeal.getMatter().channelDetails().receivedVia() != ReceivedVia.EMAIL) {
            return null;
        }
        String email = isBlank(applicant.email()) ? null : applicant.email().strip();
        String phone = !isBlank(applicant.phone()) ? applicant.phone() : appeal.getMatter().channelDetails().callerNumber();
        phone = isBlank(phone) || !smsConfigured ? null : phone.strip();
        return email == null && phone == null ? null : new Recipient(email, phone);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
