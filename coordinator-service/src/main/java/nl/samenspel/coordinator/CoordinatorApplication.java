package nl.samenspel.coordinator;

import nl.samenspel.kit.SamenspelService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The coordinator-service: see the package documentation. Configuration: {@code coordinator-service.yml}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@SamenspelService("coordinator-service")
public class CoordinatorApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CoordinatorApplication.class, args);
    }
}
