package nl.samenspel.console.cases;

import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.CoordinatorApi;
import nl.samenspel.console.web.Entered;
import nl.samenspel.console.web.FormProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The coordinator opens a case with every field of {@code POST /cases}. The console does not validate: what the
 * person typed goes to the API as typed, and its refusal is shown next to the field it names.
 */
@Controller
class OpenCaseController {

    private final CoordinatorApi coordinator;

    OpenCaseController(CoordinatorApi coordinator) {
        this.coordinator = coordinator;
    }

    @GetMapping("/cases/new")
    String form(Model model) {
        model.addAttribute("entered", new OpenCaseForm(Entered.empty()));
        return "open-case";
    }

    @PostMapping("/cases")
    String open(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        OpenCaseForm entered = new OpenCaseForm(form);
        try {
            return "redirect:/cases/" + coordinator.open(entered.body());
        } catch (ApiProblem refused) {
            model.addAttribute("entered", entered);
            model.addAttribute("formProblem", FormProblem.of("open", refused));
            response.setStatus(refused.status() >= 500 ? 502 : 422);
            return "open-case";
        }
    }

    /** The form's values as typed (kept when the API refuses them) and the request body they make. */
    record OpenCaseForm(Entered entered) {

        OpenCaseForm(MultiValueMap<String, String> values) {
            this(new Entered(values));
        }

        public String value(String field) {
            return entered.value(field);
        }

        public boolean has(String field, String option) {
            return entered.has(field, option);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("residentPseudonym", entered.text("residentPseudonym"));
            body.put("municipalityCode", entered.text("municipalityCode"));
            body.put("districtCode", entered.text("districtCode"));
            body.put("lifeDomains", entered.chosen("lifeDomains"));
            body.put("targetGroups", entered.chosen("targetGroups"));
            body.put("phase", entered.text("phase"));
            body.put("language", entered.text("language"));
            body.put("urgency", entered.text("urgency"));
            body.put("complexityFlags", entered.chosen("complexityFlags"));
            body.put("legalDeadline", entered.text("legalDeadline"));
            body.put("careProviders", entered.commaSeparated("careProviders"));
            body.put("accessDecisionPendingIn", entered.text("accessDecisionPendingIn"));
            return body;
        }
    }
}
