package nl.samenspel.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The settings under {@code samenspel.notification.email}, with their defaults here; the SMTP server is Spring Boot's
 * {@code spring.mail.*} (without {@code spring.mail.host} mails wait in the outbox).
 *
 * @param from                   the sender of every alert
 * @param consoleUrl             the web console's address: mails link to it instead of carrying details
 * @param zone                   the time zone deadlines are written in
 * @param verificationValidity   how long a mailed verification code works
 * @param verificationAttempts   how many wrong codes end a verification (a new one must be asked for)
 * @param failingInterval        at most one "webhook failing" mail per subscription this often
 * @param retryDelay             the wait before sending a mail again after the SMTP server refused or was down
 * @param maxAttempts            after this many failed sends a mail is given up (and stays in the table)
 * @param sendInterval           how often waiting mails are looked for
 */
@ConfigurationProperties("samenspel.notification.email")
record EmailAlertProperties(@DefaultValue("meldingen@samenspel.localhost") String from,
                            @DefaultValue("http://127.0.0.1:8080") String consoleUrl,
                            @DefaultValue("Europe/Amsterdam") ZoneId zone,
                            @DefaultValue("24h") Duration verificationValidity,
                            @DefaultValue("5") int verificationAttempts,
                            @DefaultValue("24h") Duration failingInterval,
                            @DefaultValue("1m") Duration retryDelay,
                            @DefaultValue("20") int maxAttempts,
                            @DefaultValue("1s") Duration sendInterval) {
}
