package nl.samenspel.notification.integration.contract;

import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.kit.security.Access;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /asyncapi.json}: the AsyncAPI 3.0 document of the Kafka topics and the webhook deliveries, as checked
 * in with the contract (integration-events), for every party of the network.
 */
@RestController
class AsyncApiController {

    private final byte[] document;

    AsyncApiController() {
        try (InputStream in = IntegrationEvents.class.getResourceAsStream("asyncapi.json")) {
            if (in == null) {
                throw new IllegalStateException("asyncapi.json is missing from integration-events");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(value = "/asyncapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.ANY_ROLE)
    byte[] document() {
        return document;
    }
}
