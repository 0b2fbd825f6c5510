package nl.samenspel.console.signals;

import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.SignallingApi;
import nl.samenspel.console.security.Person;
import nl.samenspel.console.web.FormProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A supporter or organisation staff member files a signal for their own organisation; the signalling-service checks
 * it (catalogue codes, personal data in the description) and its refusal is shown next to the field.
 */
@Controller
class FileSignalController {

    private static final String[] FIELDS = {"municipalityCode", "categoryCode", "lifeDomain", "targetGroup",
            "residentsConcerned", "description"};

    private final SignallingApi signalling;

    FileSignalController(SignallingApi signalling) {
        this.signalling = signalling;
    }

    @GetMapping("/signals/new")
    String form(Model model) {
        model.addAttribute("entered", new LinkedMultiValueMap<String, String>());
        return "file-signal";
    }

    @PostMapping("/signals")
    String file(@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal OidcUser user, Model model,
                HttpServletResponse response) {
        try {
            signalling.file(body(form, Person.of(user)));
            return "redirect:/signals?filed";
        } catch (ApiProblem refused) {
            model.addAttribute("entered", form);
            model.addAttribute("formProblem", FormProblem.of("signal", refused));
            response.setStatus(refused.status() >= 500 ? 502 : 422);
            return "file-signal";
        }
    }

    /** What the person typed, as typed (empty choices as absent); a whole number of residents goes as a number. */
    private static Map<String, Object> body(MultiValueMap<String, String> form, Person person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", person.organisationId());
        for (String field : FIELDS) {
            String value = form.getFirst(field);
            body.put(field, value == null || value.isEmpty() ? null : value);
        }
        Object residents = body.get("residentsConcerned");
        if (residents instanceof String typed && typed.strip().matches("-?\\d{1,9}")) {
            body.put("residentsConcerned", Integer.parseInt(typed.strip()));
        }
        return body;
    }
}
