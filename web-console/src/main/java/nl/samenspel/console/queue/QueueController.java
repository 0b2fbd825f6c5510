package nl.samenspel.console.queue;

import nl.samenspel.console.api.CaseView;
import nl.samenspel.console.api.CoordinatorApi;
import nl.samenspel.console.api.NetworkApi;
import nl.samenspel.console.api.QueueOffer;
import nl.samenspel.console.web.Vocabulary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's work queue: a count per section, the chosen section's cases filtered, sorted and paged. The
 * table part is also served alone ({@code /queue/table}), which the page polls so new and changed cases appear
 * without a reload.
 */
@Controller
class QueueController {

    private static final String OFFERS = "OFFERS_AWAITING_ACCEPTANCE";

    private final CoordinatorApi coordinator;
    private final NetworkApi network;
    private final Vocabulary vocabulary;
    private final Clock clock;
    private final QuickLinks quickLinks;

    QueueController(CoordinatorApi coordinator, NetworkApi network, Vocabulary vocabulary, Clock clock, QuickLinks quickLinks) {
        this.coordinator = coordinator;
        this.network = network;
        this.vocabulary = vocabulary;
        this.clock = clock;
        this.quickLinks = quickLinks;
    }

    /** Since when each offer's organisation is unreachable, by case reference. */
    private Map<String, Instant> unreachableSince() {
        Map<String, Instant> since = new HashMap<>();
        for (QueueOffer offer : coordinator.offers()) {
            if (offer.organisationUnreachableSince() != null) {
                since.put(offer.caseReference(), offer.organisationUnreachableSince());
            }
        }
        return since;
    }

    @GetMapping("/queue")
    String queue(@ModelAttribute("filter") QueueFilter filter, @AuthenticationPrincipal OidcUser user,
                 @RequestParam(required = false) String quickLinkRefused, @RequestParam(required = false) String quickLinkSaved,
                 Model model) {
        fill(filter, model);
        model.addAttribute("quickLinks", quickLinks.of(user.getSubject()));
        model.addAttribute("quickLinkSaved", quickLinkSaved != null);
        // Only the two known refusals are shown (the page never echoes a parameter).
        model.addAttribute("quickLinkRefused", quickLinkRefused == null ? null : "maximum".equals(quickLinkRefused) ? "maximum" : "name");
        model.addAttribute("organisations", network.organisations());
        return "queue";
    }

    @GetMapping("/queue/table")
    String table(@ModelAttribute("filter") QueueFilter filter, Model model) {
        fill(filter, model);
        return "queue :: table";
    }

    private void fill(QueueFilter filter, Model model) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<CaseView> chosen = List.of();
        for (String section : vocabulary.queueSections()) {
            List<CaseView> cases = filter.apply(coordinator.queue(section));
            counts.put(section, cases.size());
            if (section.equals(filter.section())) {
                chosen = cases;
            }
        }
        model.addAttribute("counts", counts);
        model.addAttribute("total", chosen.size());
        model.addAttribute("rows", filter.page(chosen));
        model.addAttribute("hasNext", filter.hasNext(chosen));
        model.addAttribute("names", network.organisationNames());
        model.addAttribute("unreachable", OFFERS.equals(filter.section()) ? unreachableSince() : Map.of());
        model.addAttribute("now", clock.instant());
    }
}
