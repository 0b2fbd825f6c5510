package nl.samenspel.notification;

import nl.samenspel.kit.SamenspelService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The notification-service: see the package documentation. Configuration: {@code notification-service.yml}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@SamenspelService("notification-service")
public class NotificationApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(NotificationApplication.class, args);
    }
}
