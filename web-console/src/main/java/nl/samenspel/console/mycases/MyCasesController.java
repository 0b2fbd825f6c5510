package nl.samenspel.console.mycases;

import nl.samenspel.console.api.CoordinatorApi;
import nl.samenspel.console.api.NetworkApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;

/** A supporter's own cases: open ones first (past-due deadlines marked), then those they closed. */
@Controller
class MyCasesController {

    private final CoordinatorApi coordinator;
    private final NetworkApi network;
    private final Clock clock;

    MyCasesController(CoordinatorApi coordinator, NetworkApi network, Clock clock) {
        this.coordinator = coordinator;
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/my-cases")
    String myCases(Model model) {
        model.addAttribute("cases", coordinator.myCases());
        model.addAttribute("names", network.organisationNames());
        model.addAttribute("now", clock.instant());
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "my-cases";
    }
}
