package nl.samenspel.console.municipality;

import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.CollectiveSignal;
import nl.samenspel.console.api.SignallingApi;
import nl.samenspel.console.security.Person;
import nl.samenspel.console.web.FormProblem;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Collective signals: the municipality's inbox of those addressed to it (with the answer deadline counting down),
 * one signal's page to acknowledge and answer it, and the same page for the coordinator, who follows every
 * municipality's. Another municipality's signal gets the same page as one that does not exist (the API's 404).
 */
@Controller
class CollectiveSignalController {

    /** How long a confirmation waits for the view; past it the page shows the view as it is (a reload updates it). */
    private static final Duration VIEW_PATIENCE = Duration.ofSeconds(5);

    private final SignallingApi signalling;
    private final Clock clock;

    CollectiveSignalController(SignallingApi signalling, Clock clock) {
        this.signalling = signalling;
        this.clock = clock;
    }

    @GetMapping("/collective-signals")
    String inbox(@AuthenticationPrincipal OidcUser user, Model model) {
        fill(user, model);
        return "collective-signals";
    }

    @GetMapping("/collective-signals/table")
    String table(@AuthenticationPrincipal OidcUser user, Model model) {
        fill(user, model);
        return "collective-signals :: table";
    }

    @GetMapping("/collective-signals/{id}")
    String signal(@PathVariable String id, @AuthenticationPrincipal OidcUser user, Model model) {
        Person person = Person.of(user);
        CollectiveSignal signal = person.isMunicipality() ? signalling.collectiveSignal(person.municipalityCode(), id)
                : signalling.collectiveSignal(id);
        model.addAttribute("signal", signal);
        model.addAttribute("now", clock.instant());
        return "collective-signal";
    }

    @PostMapping("/collective-signals/{id}/acknowledge")
    String acknowledge(@PathVariable String id, @AuthenticationPrincipal OidcUser user, Model model,
                       RedirectAttributes flash, HttpServletResponse response) {
        String municipality = Person.of(user).municipalityCode();
        return act(id, "acknowledge", () -> signalling.acknowledge(municipality, id),
                signal -> signal.acknowledgedAt() != null, Map.of(), user, model, flash, response);
    }

    @PostMapping("/collective-signals/{id}/answer")
    String answer(@PathVariable String id, @RequestParam(required = false) String answer,
                  @RequestParam(required = false) String plannedMeasure, @RequestParam(required = false) String plannedDate,
                  @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes flash, HttpServletResponse response) {
        String municipality = Person.of(user).municipalityCode();
        Map<String, String> entered = new java.util.HashMap<>();
        entered.put("answer", answer);
        entered.put("plannedMeasure", plannedMeasure);
        entered.put("plannedDate", plannedDate);
        return act(id, "answer", () -> signalling.answer(municipality, id, answer, plannedMeasure, date(plannedDate)),
                signal -> signal.answeredAt() != null, entered, user, model, flash, response);
    }

    private void fill(OidcUser user, Model model) {
        Person person = Person.of(user);
        List<CollectiveSignal> signals = person.isMunicipality() ? signalling.collectiveSignals(person.municipalityCode())
                : signalling.allCollectiveSignals();
        model.addAttribute("open", signals.stream().filter(CollectiveSignal::open)
                .sorted(Comparator.comparing(CollectiveSignal::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))).toList());
        model.addAttribute("done", signals.stream().filter(signal -> !signal.open()).toList());
        model.addAttribute("now", clock.instant());
    }

    /**
     * On success back to the signal with a confirmation; on a refusal the page again with the API's explanation. The
     * signalling-service's views follow its commands within moments: the redirect waits (briefly) until the view shows
     * what the person just did, so the page never contradicts its own confirmation.
     */
    private String act(String id, String form, Runnable action, Predicate<CollectiveSignal> shown,
                       Map<String, String> entered, OidcUser user, Model model,
                       RedirectAttributes flash, HttpServletResponse response) {
        try {
            action.run();
            awaitView(Person.of(user).municipalityCode(), id, shown);
            flash.addFlashAttribute("done", "collective." + form);
            return "redirect:/collective-signals/" + id;
        } catch (ApiProblem refused) {
            if (refused.notFoundOrNotYours()) {
                throw refused;
            }
            model.addAttribute("formProblem", FormProblem.of(form, refused));
            model.addAttribute("entered", entered);
            response.setStatus(refused.status() >= 500 ? 502 : 422);
            return signal(id, user, model);
        }
    }

    private void awaitView(String municipality, String id, Predicate<CollectiveSignal> shown) {
        long until = System.nanoTime() + VIEW_PATIENCE.toNanos();
        while (!shown.test(signalling.collectiveSignal(municipality, id)) && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A date as the form's date field sends it; anything else is sent as no date (the field says the format). */
    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new ApiProblem(400, "", "", Map.of("plannedDate", "jjjj-mm-dd / yyyy-mm-dd"));
        }
    }
}
