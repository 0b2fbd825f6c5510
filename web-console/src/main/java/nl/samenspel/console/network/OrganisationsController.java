package nl.samenspel.console.network;

import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.NetworkApi;
import nl.samenspel.console.web.FormProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Set;

/**
 * The coordinator's list of the network's organisations with their status, and the decisions on them: admit or reject
 * an application, suspend, reinstate, record a departure or remove. The network-service checks each decision (which
 * status allows it, a reason where one is required) and its refusal is shown at the organisation's row.
 */
@Controller
class OrganisationsController {

    /** The decisions the page offers, as the network-service's paths name them. */
    static final Set<String> DECISIONS = Set.of("admission", "rejection", "suspension", "reinstatement", "departure", "removal");
    private static final Set<String> WITHOUT_REASON = Set.of("admission", "reinstatement");

    private final NetworkApi network;

    OrganisationsController(NetworkApi network) {
        this.network = network;
    }

    @GetMapping("/network/organisations")
    String organisations(Model model) {
        model.addAttribute("organisations", network.organisations());
        return "organisations";
    }

    @PostMapping("/network/organisations/{id}")
    String decide(@PathVariable String id, @RequestParam String decision, @RequestParam(required = false) String reason,
                  Model model, HttpServletResponse response) {
        if (!DECISIONS.contains(decision)) {
            response.setStatus(404);
            return "not-found";
        }
        try {
            network.decideOnOrganisation(id, decision, WITHOUT_REASON.contains(decision) ? null : reason == null ? "" : reason);
            return "redirect:/network/organisations?done=" + decision;
        } catch (ApiProblem refused) {
            model.addAttribute("formProblem", FormProblem.of("organisation-" + id, refused));
            model.addAttribute("organisations", network.organisations());
            response.setStatus(refused.status() >= 500 ? 502 : 422);
            return "organisations";
        }
    }
}
