package nl.samenspel.notification.reachability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The settings under {@code samenspel.notification.reachability}, with their defaults here.
 *
 * @param unreachableAfter how long after a HIGH-urgency offer its organisation's webhook may go without taking it
 *                         before the organisation is reported unreachable
 */
@ConfigurationProperties("samenspel.notification.reachability")
record ReachabilityProperties(@DefaultValue("2h") Duration unreachableAfter) {
}
