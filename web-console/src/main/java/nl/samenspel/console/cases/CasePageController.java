package nl.samenspel.console.cases;

import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.CaseView;
import nl.samenspel.console.api.CoordinatorApi;
import nl.samenspel.console.api.NetworkApi;
import nl.samenspel.console.security.Person;
import nl.samenspel.console.web.FormProblem;
import nl.samenspel.console.web.Vocabulary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One case, as the person looking at it may see it: the coordinator with candidates and timeline, an organisation's
 * staff with the offer or handover addressed to them, a supporter with what they can do on their own case. Every
 * action is a plain form post to the API; a refusal comes back next to the form that caused it, and a case the
 * person may not see looks exactly like one that does not exist.
 */
@Controller
class CasePageController {

    /** Why the summary is read, as the audit log records it. */
    static final String SUMMARY_READ_REASON = "reviewing the handover in the web console";

    private final CoordinatorApi coordinator;
    private final NetworkApi network;
    private final Vocabulary vocabulary;
    private final Clock clock;

    CasePageController(CoordinatorApi coordinator, NetworkApi network, Vocabulary vocabulary, Clock clock) {
        this.coordinator = coordinator;
        this.network = network;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @GetMapping("/cases/{reference}")
    String page(@PathVariable String reference, @AuthenticationPrincipal OidcUser user, Model model) {
        Person person = Person.of(user);
        CaseView c = coordinator.find(reference);
        model.addAttribute("c", c);
        model.addAttribute("names", network.organisationNames());
        model.addAttribute("supporters", network.supportersById());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("now", clock.instant());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        if (person.isCoordinator()) {
            model.addAttribute("candidates", c.isDispatchable() ? coordinator.candidates(reference) : null);
            model.addAttribute("timeline", coordinator.timeline(reference));
        }
        if (person.isOrganisation()) {
            model.addAttribute("ownSupporters", network.supportersOf(person.organisationId()));
            if (c.isHandoverPending() && person.organisationId().equals(c.handoverToOrganisationId())) {
                try {
                    model.addAttribute("summary", coordinator.handoverSummary(c.handoverId(), SUMMARY_READ_REASON));
                } catch (ApiProblem noSummary) {
                    model.addAttribute("summaryUnavailable", noSummary.detail());
                }
            }
        }
        if (person.isSupporter() || person.isCoordinator()) {
            model.addAttribute("organisations", network.organisations());
        }
        return "case";
    }

    @PostMapping("/cases/{reference}/dispatch")
    String dispatch(@PathVariable String reference, @RequestParam(defaultValue = "") String supporterId,
                    @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "dispatch", () -> coordinator.dispatch(reference, supporterId), Map.of(), user, model, flash, response);
    }

    @PostMapping("/cases/{reference}/accept")
    String accept(@PathVariable String reference, @RequestParam(defaultValue = "") String supporterId,
                  @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "answer", () -> coordinator.accept(reference, supporterId), Map.of(), user, model, flash, response);
    }

    @PostMapping("/cases/{reference}/decline")
    String decline(@PathVariable String reference, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "answer", () -> coordinator.decline(reference, blankToNull(reason)), Map.of(), user, model,
                flash, response);
    }

    @PostMapping("/cases/{reference}/handovers/{handoverId}/accept")
    String acceptHandover(@PathVariable String reference, @PathVariable String handoverId,
                          @RequestParam(defaultValue = "") String supporterId, @AuthenticationPrincipal OidcUser user,
                          Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "answer", () -> coordinator.acceptHandover(reference, handoverId, supporterId), Map.of(),
                user, model, flash, response);
    }

    @PostMapping("/cases/{reference}/handovers/{handoverId}/decline")
    String declineHandover(@PathVariable String reference, @PathVariable String handoverId,
                           @RequestParam(required = false) String reason, @AuthenticationPrincipal OidcUser user,
                           Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "answer", () -> coordinator.declineHandover(reference, handoverId, blankToNull(reason)),
                Map.of(), user, model, flash, response);
    }

    @PostMapping("/cases/{reference}/hours")
    String logHours(@PathVariable String reference, @RequestParam Map<String, String> form,
                    @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "hours", () -> coordinator.logHours(reference, form.get("minutes"), form.get("workedOn")),
                form, user, model, flash, response);
    }

    @PostMapping("/cases/{reference}/consents")
    String recordConsent(@PathVariable String reference, @RequestParam(defaultValue = "") String organisationId,
                         @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "consent", () -> coordinator.recordConsent(reference, organisationId), Map.of(), user, model,
                flash, response);
    }

    @PostMapping("/cases/{reference}/consents/{organisationId}/withdrawal")
    String withdrawConsent(@PathVariable String reference, @PathVariable String organisationId,
                           @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "consent", () -> coordinator.withdrawConsent(reference, organisationId), Map.of(), user, model,
                flash, response);
    }

    @PostMapping("/cases/{reference}/handovers")
    String requestHandover(@PathVariable String reference, @RequestParam Map<String, String> form,
                           @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toOrganisationId", form.getOrDefault("toOrganisationId", ""));
        body.put("reason", blankToNull(form.get("reason")));
        body.put("coSupport", "true".equals(form.get("coSupport")));
        if ("true".equals(form.get("warm"))) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("questionSoFar", form.getOrDefault("questionSoFar", ""));
            summary.put("agreementsMade", form.getOrDefault("agreementsMade", ""));
            summary.put("nextSteps", form.getOrDefault("nextSteps", ""));
            body.put("summary", summary);
        }
        return act(reference, "handover", () -> coordinator.requestHandover(reference, body), form, user, model, flash, response);
    }

    @PostMapping("/cases/{reference}/escalate")
    String escalate(@PathVariable String reference, @AuthenticationPrincipal OidcUser user, Model model,
                    RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "escalate", () -> coordinator.escalate(reference), Map.of(), user, model, flash, response);
    }

    @PostMapping("/cases/{reference}/complexity-flags")
    String raiseFlag(@PathVariable String reference, @RequestParam Map<String, String> form,
                     @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "flag", () -> coordinator.raiseFlag(reference, blankToNull(form.get("flag")),
                blankToNull(form.get("legalDeadline"))), form, user, model, flash, response);
    }

    @PostMapping("/cases/{reference}/close")
    String close(@PathVariable String reference, @RequestParam(required = false) String outcome,
                 @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        String done = act(reference, "close", () -> coordinator.close(reference, blankToNull(outcome)), Map.of(), user, model,
                flash, response);
        // A supporter no longer reads a closed case; what is left for them is the resident's experience.
        return done.startsWith("redirect:") && Person.of(user).isSupporter() ? "redirect:/cases/" + reference + "/experience" : done;
    }

    /** The resident's experience on its own page: a supporter fills it in with the resident after closing. */
    @GetMapping("/cases/{reference}/experience")
    String experience(@PathVariable String reference, Model model) {
        model.addAttribute("reference", reference);
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "experience";
    }

    @PostMapping("/cases/{reference}/reopen")
    String reopen(@PathVariable String reference, @AuthenticationPrincipal OidcUser user, Model model,
                  RedirectAttributes flash, HttpServletResponse response) {
        return act(reference, "reopen", () -> coordinator.reopen(reference), Map.of(), user, model, flash, response);
    }

    @PostMapping("/cases/{reference}/experience")
    String recordExperience(@PathVariable String reference, @RequestParam Map<String, String> form,
                            Model model, RedirectAttributes flash, HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String statement : vocabulary.experienceStatements()) {
            body.put(statement, blankToNull(form.get(statement)));
        }
        body.put("improvementPoints", blankToNull(form.get("improvementPoints")));
        try {
            coordinator.recordExperience(reference, body);
            flash.addFlashAttribute("done", "experience");
            return "redirect:/cases/" + reference + "/experience";
        } catch (ApiProblem refused) {
            model.addAttribute("formProblem", FormProblem.of("experience", refused));
            model.addAttribute("entered", form);
            response.setStatus(refused.status() >= 500 ? 502 : 422);
            return experience(reference, model);
        }
    }

    /**
     * Runs an action; on success back to the case page with a confirmation, on a refusal the case page again with
     * the API's explanation at the form (and what the person typed still in it). Nothing was stored then.
     */
    private String act(String reference, String form, Runnable action, Map<String, String> entered, OidcUser user,
                       Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            action.run();
            flash.addFlashAttribute("done", form);
            return "redirect:/cases/" + reference;
        } catch (ApiProblem refused) {
            model.addAttribute("formProblem", FormProblem.of(form, refused));
            model.addAttribute("entered", entered);
            response.setStatus(refused.status() >= 500 ? 502 : 422);
            return page(reference, user, model);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
