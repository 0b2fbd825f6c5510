package nl.samenspel.kit.axon;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Lets an operator see this service's event processors (status, lag, errors) and replay a projection. Like everything
 * under {@code /operations}, for the network administrator only ({@code SecurityKitConfiguration}).
 */
@RestController
@RequestMapping("/operations/event-processors")
public class EventProcessorController {

    private final EventProcessors processors;

    public EventProcessorController(EventProcessors processors) {
        this.processors = processors;
    }

    @GetMapping
    public List<EventProcessorView> list() {
        return processors.list();
    }

    @GetMapping("/{name}")
    public EventProcessorView get(@PathVariable String name) {
        return processors.get(name);
    }

    /** Rebuilds a projection from the first event; refused (422) for a processor that is not a projection. */
    @PostMapping("/{name}/replay")
    public EventProcessorView replay(@PathVariable String name) {
        return processors.replay(name);
    }
}
