package nl.samenspel.signalling;

import nl.samenspel.kit.SamenspelService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The signalling-service: see the package documentation. Configuration: {@code signalling-service.yml}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@SamenspelService("signalling-service")
public class SignallingApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(SignallingApplication.class, args);
    }
}
