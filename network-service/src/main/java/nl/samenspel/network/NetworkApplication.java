package nl.samenspel.network;

import nl.samenspel.kit.SamenspelService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The network-service: see the package documentation. Configuration: {@code network-service.yml}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@SamenspelService("network-service")
public class NetworkApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(NetworkApplication.class, args);
    }
}
