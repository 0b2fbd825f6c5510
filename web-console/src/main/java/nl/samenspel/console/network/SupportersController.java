package nl.samenspel.console.network;

import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.NetworkApi;
import nl.samenspel.console.api.Supporter;
import nl.samenspel.console.web.Entered;
import nl.samenspel.console.web.FormProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The coordinator's supporters: the network's list (caseload against capacity, leave, registrations expiring within
 * 60 days marked, lapsed ones too), registering a supporter under an admitted organisation, and on one supporter's
 * page the profile with capacity, leave (recorded or ended) and a renewed registration. What was typed goes to the
 * network-service as typed; its refusal is shown next to the field it names and nothing is stored.
 */
@Controller
class SupportersController {

    /** A registration that ends within this many days is highlighted, so it is renewed before it lapses. */
    static final int EXPIRING_WITHIN_DAYS = 60;

    private final NetworkApi network;
    private final Clock clock;

    SupportersController(NetworkApi network, Clock clock) {
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/network/supporters")
    String supporters(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("supporters", network.supporters().stream()
                .sorted(Comparator.comparing(Supporter::organisationName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                        .thenComparing(Supporter::displayName, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .map(supporter -> Listed.of(supporter, today)).toList());
        model.addAttribute("expiringWithinDays", EXPIRING_WITHIN_DAYS);
        return "supporters";
    }

    @GetMapping("/network/supporters/new")
    String registrationForm(Model model) {
        return registrationPage(Entered.empty(), model);
    }

    @PostMapping("/network/supporters")
    String register(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        Entered entered = new Entered(form);
        Map<String, Object> body = texts(entered, "organisationId", "displayName", "kind");
        body.put("profile", profile(entered));
        body.put("registration", registration(entered));
        try {
            network.registerSupporter(body);
            return "redirect:/network/supporters?done=registered";
        } catch (ApiProblem refused) {
            model.addAttribute("formProblem", FormProblem.of("supporter", refused));
            response.setStatus(status(refused));
            return registrationPage(entered, model);
        }
    }

    @GetMapping("/network/supporters/{id}")
    String supporter(@PathVariable String id, Model model) {
        return supporterPage(network.supporter(id), null, null, model);
    }

    @PostMapping("/network/supporters/{id}/profile")
    String changeProfile(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                         HttpServletResponse response) {
        Entered entered = new Entered(form);
        return change(id, "profile", entered, () -> network.changeSupporterProfile(id, profile(entered)), model, response);
    }

    @PostMapping("/network/supporters/{id}/availability")
    String changeAvailability(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                              HttpServletResponse response) {
        Entered entered = new Entered(form);
        Map<String, Object> body = texts(entered, "status", "leaveFrom", "leaveUntil");
        return change(id, "availability", entered, () -> network.changeAvailability(id, body), model, response);
    }

    @PostMapping("/network/supporters/{id}/registration")
    String renewRegistration(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                             HttpServletResponse response) {
        Entered entered = new Entered(form);
        Map<String, Object> body = texts(entered, "registerNumber", "validUntil");
        return change(id, "registration", entered, () -> network.renewRegistration(id, body), model, response);
    }

    private String change(String id, String form, Entered entered, Runnable request, Model model,
                          HttpServletResponse response) {
        try {
            request.run();
            return "redirect:/network/supporters/" + id + "?done=" + form;
        } catch (ApiProblem refused) {
            response.setStatus(status(refused));
            return supporterPage(network.supporter(id), form, entered, model.addAttribute("formProblem", FormProblem.of(form, refused)));
        }
    }

    private String registrationPage(Entered entered, Model model) {
        model.addAttribute("entered", entered);
        model.addAttribute("organisations", network.organisations().stream().filter(o -> "ADMITTED".equals(o.status())).toList());
        return "supporter-new";
    }

    /** One supporter's page: each form shows the supporter's current values, the refused one what was typed. */
    private String supporterPage(Supporter supporter, String refusedForm, Entered typed, Model model) {
        model.addAttribute("supporter", Listed.of(supporter, LocalDate.now(clock)));
        model.addAttribute("profile", "profile".equals(refusedForm) ? typed : current(values -> {
            values.addAll("lifeDomains", supporter.lifeDomains());
            values.addAll("targetGroups", supporter.targetGroups());
            values.add("languages", String.join(", ", supporter.languages()));
            values.addAll("municipalities", supporter.municipalities());
            values.add("districts", String.join(", ", supporter.districts()));
            values.add("capacity", String.valueOf(supporter.capacity()));
            values.add("careProvidersLinked", String.join(", ", supporter.careProvidersLinked()));
            values.add("accessTeams", String.join(", ", supporter.accessTeams()));
            values.add("trainingCompletedOn", text(supporter.trainingCompletedOn()));
        }));
        model.addAttribute("availability", "availability".equals(refusedForm) ? typed : current(values -> {
            values.add("status", supporter.availability());
            values.add("leaveFrom", text(supporter.leaveFrom()));
            values.add("leaveUntil", text(supporter.leaveUntil()));
        }));
        model.addAttribute("registration", "registration".equals(refusedForm) ? typed : current(values -> {
            values.add("registerNumber", supporter.registerNumber());
            values.add("validUntil", text(supporter.registrationValidUntil()));
        }));
        return "supporter";
    }

    private static Entered current(Consumer<MultiValueMap<String, String>> fill) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        fill.accept(values);
        return new Entered(values);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The fields as typed, under their own names (the API's). */
    private static Map<String, Object> texts(Entered entered, String... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            body.put(field, entered.text(field));
        }
        return body;
    }

    /** The profile as {@code PUT /supporters/{id}/profile} and {@code POST /supporters} take it; capacity as typed. */
    private static Map<String, Object> profile(Entered entered) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("lifeDomains", entered.chosen("lifeDomains"));
        profile.put("targetGroups", entered.chosen("targetGroups"));
        profile.put("languages", entered.commaSeparated("languages"));
        profile.put("municipalities", entered.chosen("municipalities"));
        profile.put("districts", entered.commaSeparated("districts"));
        profile.put("capacity", entered.text("capacity"));
        profile.put("careProvidersLinked", entered.commaSeparated("careProvidersLinked"));
        profile.put("accessTeams", entered.commaSeparated("accessTeams"));
        profile.put("trainingCompletedOn", entered.text("trainingCompletedOn"));
        return profile;
    }

    /** A professional registration only when something was typed for it (it is required for a formal supporter). */
    private static Map<String, Object> registration(Entered entered) {
        if (entered.text("registerNumber") == null && entered.text("registrationValidUntil") == null) {
            return null;
        }
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("registerNumber", entered.text("registerNumber"));
        registration.put("validUntil", entered.text("registrationValidUntil"));
        return registration;
    }

    private static int status(ApiProblem refused) {
        return refused.status() >= 500 ? 502 : 422;
    }

    /**
     * A supporter as the list and their page show them, with where their registration stands today.
     *
     * @param registration {@code NONE} (no professional registration), {@code VALID}, {@code EXPIRING} (ends within
     *                     60 days) or {@code LAPSED}
     */
    record Listed(Supporter supporter, String registration) {

        static Listed of(Supporter supporter, LocalDate today) {
            LocalDate validUntil = supporter.registrationValidUntil();
            String registration = validUntil == null ? "NONE"
                    : supporter.registrationLapsed() || validUntil.isBefore(today) ? "LAPSED"
                    : validUntil.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS)) ? "VALID" : "EXPIRING";
            return new Listed(supporter, registration);
        }

        public boolean needsAttention() {
            return "EXPIRING".equals(registration) || "LAPSED".equals(registration);
        }
    }
}
