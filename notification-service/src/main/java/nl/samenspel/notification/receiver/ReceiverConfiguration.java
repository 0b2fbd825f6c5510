package nl.samenspel.notification.receiver;

import nl.samenspel.notification.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The receiver rules and the one client that calls receivers, from {@code samenspel.notification.*}. */
@Configuration
class ReceiverConfiguration {

    @Bean
    ReceiverAddresses receiverAddresses(NotificationProperties properties) {
        return new ReceiverAddresses(properties.localMode());
    }

    @Bean(destroyMethod = "close")
    ReceiverClient receiverClient(ReceiverAddresses addresses, NotificationProperties properties) {
        NotificationProperties.Delivery delivery = properties.delivery();
        // A connection per worker, and some for handshakes made while registering.
        return new ReceiverClient(addresses, delivery.timeout(), delivery.maxResponseBytes(), delivery.workers() + 4);
    }
}
