package gov.appeals.intake.boundary;

import gov.appeals.intake.control.IntakeService;
import gov.appeals.intake.control.MailAppeal;
import gov.appeals.intake.control.MailAppeals;
import gov.appeals.intake.control.MailboxSettings;
import gov.appeals.intake.entity.Receipt;
import gov.appeals.platform.Refusal;
import gov.appeals.submission.control.SubmissionRules;
import gov.appeals.submission.entity.Channel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The office's mailbox as a door: every new mail becomes an appeal through the same receipt,
 * queue and registration as the other channels. A mail is deleted from the mailbox only after its
 * receipt has committed: from then on the appeal holds its sender, text and files, and a copy kept
 * in the mailbox would be personal data that neither retention nor erasure reaches. Read again
 * before that (a crash, another node), its Message-ID files nothing new. A mail that cannot be an
 * appeal is moved to a folder for a clerk, with the reason in the log.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxReader {

    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
    /** The account that files mail, in receipts and histories. */
    static final String FILED_BY = "mailbox";

    @Resource(lookup = "java:jboss/mail/AppealsMailbox")
    Session mailbox;

    @Resource
    TimerService timers;

    @Inject
    MailboxSettings settings;

    @Inject
    IntakeService intake;

    @Inject
    SubmissionRules rules;

    @Inject
    Clock clock;

    private final AtomicBoolean reading = new AtomicBoolean();
    /** Whether the last reading failed: a mailbox that is down is reported once, not every round. */
    private volatile boolean unreachable;

    @PostConstruct
    void schedule() {
        if (settings.enabled()) {
            long period = settings.period().toMillis();
            timers.createIntervalTimer(period, period, new TimerConfig("office mailbox", false));
        }
    }

    @Timeout
    void timeout() {
        readNow();
    }

    /** Reads the mailbox once, as of now; a reading already going on this node is not doubled. */
    public int readNow() {
        if (!reading.compareAndSet(false, true)) {
            return 0;
        }
        int filed = 0;
        try (Store store = mailbox.getStore("imap")) {
            store.connect(settings.user(), settings.password());
            Folder inbox = store.getFolder(settings.folder());
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.getMessages()) {
                    if (!message.isSet(Flags.Flag.DELETED) && file((MimeMessage) message, store)) {
                        filed++;
                    }
                }
            } finally {
                inbox.close(true);
            }
            if (unreachable) {
                LOG.info("The office mailbox can be read again");
                unreachable = false;
            }
        } catch (MessagingException e) {
            if (!unreachable) {
                LOG.log(Level.WARNING, "The office mailbox could not be read; trying again every " + settings.period(), e);
                unreachable = true;
            }
        } finally {
            reading.set(false);
        }
        return filed;
    }

    /**
     * Files one mail, or sets it aside when it cannot be an appeal. A mail that fails for another
     * reason (the connection, the database) stays where it is and is read again at the next round;
     * the others are read all the same.
     */
    private boolean file(MimeMessage message, Store store) throws MessagingException {
        String id = message.getMessageID();
        try (MailAppeal mail = MailAppeals.read(message, clock.instant())) {
            List<Receipt> receipts = accept(mail);
            message.setFlag(Flags.Flag.DELETED, true); // expunged when the inbox closes
            LOG.info(() -> "Mail " + id + " filed as receipt " + receipts.get(0).getId()
                    + (mail.filesNotTaken().isEmpty() ? "" : "; files not taken: " + mail.filesNotTaken()));
            return true;
        } catch (Refusal refused) {
            moveTo(message, store, settings.setAsideFolder());
            LOG.warning(() -> "Mail " + id + " set aside for a clerk: " + refused.getMessage());
            return false;
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail " + id + " not filed now; it is read again at the next round", e);
            return false;
        }
    }

    /** Another node filing the same mail at the same moment gets the same receipt: the Message-ID is the key. */
    private List<Receipt> accept(MailAppeal mail) {
        SubmissionRules.Result checked = rules.check(mail.submission());
        if (!checked.accepted()) {
            throw Refusal.notAllowed("the mail breaks the intake rules: " + checked.violations().stream()
                    .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        }
        return intake.accept(FILED_BY, Channel.ELECTRONIC, mail.key(), List.of(checked.checked()), mail.files());
    }

    private static void moveTo(MimeMessage message, Store store, String name) throws MessagingException {
        Folder target = store.getFolder(name);
        if (!target.exists()) {
            target.create(Folder.HOLDS_MESSAGES);
        }
        message.getFolder().copyMessages(new Message[] {message}, target);
        message.setFlag(Flags.Flag.DELETED, true);
    }
}
