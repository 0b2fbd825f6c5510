package nl.samenspel.console.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services' APIs are ({@code samenspel.console.*} in {@code web-console.yml}).
 *
 * @param networkUrl      the network-service
 * @param coordinatorUrl  the coordinator-service
 * @param signallingUrl   the signalling-service
 * @param notificationUrl the notification-service (webhooks, alert mails)
 */
@ConfigurationProperties("samenspel.console")
public record ServiceAddresses(String networkUrl, String coordinatorUrl, String signallingUrl, String notificationUrl) {
}
