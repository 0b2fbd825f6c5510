package nl.samenspel.notification.email;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the waiting alert mails through Spring Boot's mail sender ({@code spring.mail.*}): a recurring task of the
 * kit's scheduler, so one instance at a time sends. A mail the SMTP server refuses is tried again later. Without
 * {@code spring.mail.host} nothing is sent and the mails wait.
 */
@Configuration(proxyBeanMethods = false)
class AlertMailSender {

    private static final Logger LOG = LoggerFactory.getLogger(AlertMailSender.class);
    private static final int BATCH = 50;

    @Bean
    RecurringTask<Void> alertMailTask(AlertMails mails, ObjectProvider<JavaMailSender> sender,
                                      TransactionTemplate transactions, EmailAlertProperties properties) {
        return Tasks.recurring("alert-mail-sender", FixedDelay.of(properties.sendInterval()))
                .execute((instance, context) -> {
                    JavaMailSender mailSender = sender.getIfAvailable();
                    if (mailSender == null) {
                        return;
                    }
                    transactions.executeWithoutResult(status -> mails.claimDue(BATCH, properties.maxAttempts())
                            .forEach(mail -> send(mails, mailSender, properties, mail)));
                });
    }

    private static void send(AlertMails mails, JavaMailSender sender, EmailAlertProperties properties, AlertMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            sender.send(message);
            mails.sent(mail);
        } catch (MailException e) {
            LOG.warn("Alert mail {} not sent (attempt {}): {}", mail.id(), mail.attempts() + 1, e.getMessage());
            mails.failed(mail, e.getMessage(), properties.retryDelay());
        }
    }
}
