package nl.samenspel.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.List;

/**
 * A real SMTP and IMAP server (GreenMail) in this JVM, on loopback. It accepts mail for any address without
 * authentication and keeps each address's mail in a mailbox of its own, in memory: read it over IMAP with the
 * address as user name and any password (e.g. {@code curl "imap://127.0.0.1:3143/INBOX;UID=1" -u alerts@example.org:x}).
 */
public final class LocalMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private LocalMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /**
     * Starts SMTP and IMAP.
     *
     * @param smtpPort the SMTP port, 0 for any free port
     * @param imapPort the IMAP port, 0 for any free port
     */
    public static LocalMailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort > 0 ? smtpPort : FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort > 0 ? imapPort : FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        // Any recipient gets a mailbox, any IMAP login with its address opens it: there are no accounts to set up.
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new LocalMailServer(greenMail);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** Every message received so far, for any address, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** The messages received so far for one address, oldest first. */
    public List<MimeMessage> receivedFor(String address) {
        return received().stream().filter(message -> isFor(message, address)).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && List.of(message.getAllRecipients()).stream()
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException("A received message has unreadable recipients", e);
        }
    }

    /** Forgets every message received so far (a test's clean start). */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty the mailboxes", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
