package nl.samenspel.kit.testservice;

import nl.samenspel.kit.SamenspelService;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service that exercises the kit the way the real services do. */
@SpringBootApplication
@SamenspelService("kit-test-service")
public class KitTestApplication {
}
