package nl.samenspel.kit.kafka;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Lets an operator see and retry Kafka records this service parked. Like everything under {@code /operations},
 * for the network administrator only ({@code SecurityKitConfiguration}).
 */
@RestController
@RequestMapping("/operations/kafka-dead-letters")
public class DeadLetterController {

    private final KafkaDeadLetters deadLetters;

    public DeadLetterController(KafkaDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    public List<DeadLetterView> list() {
        return deadLetters.list();
    }

    @PostMapping("/{id}/retry")
    public DeadLetterView retry(@PathVariable long id) {
        return deadLetters.retry(id);
    }

    /** Retries every record still parked, for example after a fix that concerns them all. */
    @PostMapping("/retry")
    public List<DeadLetterView> retryAll() {
        return deadLetters.retryAll();
    }
}
