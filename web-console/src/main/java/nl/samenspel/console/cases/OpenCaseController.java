package nl.samenspel.console.cases;

import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.CoordinatorApi;
import nl.samenspel.console.web.FormProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
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
        model.addAttribute("entered", new OpenCaseForm(null));
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
    record OpenCaseForm(MultiValueMap<String, String> values) {

        public String value(String field) {
            return values == null ? null : values.getFirst(field);
        }

        public boolean has(String field, String option) {
            return values != null && values.getOrDefault(field, List.of()).contains(option);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("residentPseudonym", text("residentPseudonym"));
            body.put("municipalityCode", text("municipalityCode"));
            body.put("districtCode", text("districtCode"));
            body.put("lifeDomains", values.getOrDefault("lifeDomains", List.of()));
            body.put("targetGroups", values.getOrDefault("targetGroups", List.of()));
            body.put("phase", text("phase"));
            body.put("language", text("language"));
            body.put("urgency", text("urgency"));
            body.put("complexityFlags", values.getOrDefault("complexityFlags", List.of()));
            body.put("legalDeadline", text("legalDeadline"));
            String providers = text("careProviders");
            body.put("careProviders", providers == null ? List.of() : List.of(providers.split("\\s*,\\s*")));
            body.put("accessDecisionPendingIn", text("accessDecisionPendingIn"));
            return body;
        }

        private String text(String field) {
            String value = value(field);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
