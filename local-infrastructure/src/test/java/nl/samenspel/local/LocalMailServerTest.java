package nl.samenspel.local;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail sent over SMTP lands in the recipient's own mailbox and is read back over IMAP with its address as login. */
class LocalMailServerTest {

    @Test
    void mailSentOverSmtpIsReadBackOverImapByItsRecipientOnly() throws Exception {
        try (LocalMailServer server = LocalMailServer.start(0, 0)) {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", server.host());
            smtp.put("mail.smtp.port", String.valueOf(server.smtpPort()));
            MimeMessage message = new MimeMessage(Session.getInstance(smtp));
            message.setFrom(new InternetAddress("noreply@samenspel.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("alerts@oab.example"));
            message.setSubject("A new offer");
            message.setText("Open the console.");
            Transport.send(message);

            assertThat(server.receivedFor("alerts@oab.example")).hasSize(1);
            assertThat(server.receivedFor("alerts@cdb.example")).isEmpty();
            assertThat(subjectsOverImap(server, "alerts@oab.example")).containsExactly("A new offer");
            assertThat(subjectsOverImap(server, "alerts@cdb.example")).isEmpty();
        }
    }

    private static java.util.List<String> subjectsOverImap(LocalMailServer server, String address) throws Exception {
        Properties imap = new Properties();
        imap.put("mail.imap.host", server.host());
        imap.put("mail.imap.port", String.valueOf(server.imapPort()));
        Store store = Session.getInstance(imap).getStore("imap");
        store.connect(server.host(), server.imapPort(), address, "any password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            java.util.List<String> subjects = new java.util.ArrayList<>();
            for (Message received : inbox.getMessages()) {
                subjects.add(received.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }
}
