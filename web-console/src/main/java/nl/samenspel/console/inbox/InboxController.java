package nl.samenspel.console.inbox;

import nl.samenspel.console.api.CaseView;
import nl.samenspel.console.api.CoordinatorApi;
import nl.samenspel.console.api.NetworkApi;
import nl.samenspel.console.security.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.util.List;

/**
 * An organisation's staff at work: the inbox of offers and handovers waiting for their answer (with deadlines and a
 * badge of how many), which the page polls, and the organisation's supporters with their caseload and its open cases.
 */
@Controller
class InboxController {

    private final CoordinatorApi coordinator;
    private final NetworkApi network;
    private final Clock clock;

    InboxController(CoordinatorApi coordinator, NetworkApi network, Clock clock) {
        this.coordinator = coordinator;
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        fill(model);
        return "inbox";
    }

    @GetMapping("/inbox/table")
    String table(Model model) {
        fill(model);
        return "inbox :: table";
    }

    @GetMapping("/organisation")
    String organisation(@AuthenticationPrincipal OidcUser user, Model model) {
        Person person = Person.of(user);
        model.addAttribute("ownSupporters", network.supportersOf(person.organisationId()));
        model.addAttribute("openCases", coordinator.organisationCases());
        model.addAttribute("supporters", network.supportersById());
        return "organisation";
    }

    private void fill(Model model) {
        List<CaseView> waiting = coordinator.inbox();
        model.addAttribute("waiting", waiting);
        model.addAttribute("names", network.organisationNames());
        model.addAttribute("now", clock.instant());
    }
}
