package nl.samenspel.console.operations;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.OperationsApi;
import nl.samenspel.console.api.OperationsApi.AuditFilter;
import nl.samenspel.console.web.FormProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;

/**
 * The administrator's pages over the coordinator-service's vault: a resident's erasure (crypto-shredding) after a
 * confirmation that names what is destroyed and what stays, and the master keys with the rewrap under the current one.
 * Whether a resident was erased is read from the audit log, the only place that keeps it once the details are gone.
 */
@Controller
class VaultController {

    private static final String ERASED = "ERASE_PERSONAL_DATA";

    private final OperationsApi operations;

    VaultController(OperationsApi operations) {
        this.operations = operations;
    }

    /** Without a pseudonym: the form to find a resident; with one: the erasure's confirmation, or when it was erased. */
    @GetMapping("/operations/residents")
    String resident(@RequestParam(required = false) String pseudonym, Model model) {
        String wanted = pseudonym == null ? "" : pseudonym.strip();
        model.addAttribute("pseudonym", wanted);
        if (!wanted.isEmpty()) {
            model.addAttribute("erasure", erasureOf(wanted));
        }
        model.addAttribute("entered", model.containsAttribute("entered") ? model.getAttribute("entered") : Map.of());
        return "resident-erasure";
    }

    @PostMapping("/operations/residents/erasure")
    String erase(@RequestParam String pseudonym, @RequestParam(required = false) String reason, Model model,
                 RedirectAttributes flash) {
        try {
            operations.erase(pseudonym.strip(), reason == null || reason.isBlank() ? "the resident's request for erasure" : reason);
        } catch (ApiProblem problem) {
            Map<String, String> entered = new LinkedHashMap<>();
            entered.put("reason", reason);
            model.addAttribute("entered", entered);
            model.addAttribute("formProblem", FormProblem.of("erase", problem));
            model.addAttribute("pseudonym", pseudonym.strip());
            model.addAttribute("erasure", erasureOf(pseudonym.strip()));
            return "resident-erasure";
        }
        flash.addFlashAttribute("done", "erased");
        return "redirect:" + UriComponentsBuilder.fromPath("/operations/residents").queryParam("pseudonym", pseudonym.strip())
                .encode().build().toUriString();
    }

    @GetMapping("/operations/vault")
    String vault(Model model) {
        JsonNode keys = operations.masterKeys();
        String current = keys.path("currentMasterKeyId").asText();
        Set<String> configured = new LinkedHashSet<>();
        keys.path("configuredMasterKeyIds").forEach(id -> configured.add(id.asText()));
        Set<String> keyIds = new LinkedHashSet<>(configured);
        long pending = 0;
        for (Iterator<Map.Entry<String, JsonNode>> wraps = keys.path("residentKeysByMasterKey").fields(); wraps.hasNext(); ) {
            Map.Entry<String, JsonNode> wrap = wraps.next();
            keyIds.add(wrap.getKey());
            pending += wrap.getKey().equals(current) ? 0 : wrap.getValue().asLong();
        }
        model.addAttribute("keys", keys);
        model.addAttribute("keyIds", keyIds);
        model.addAttribute("configured", configured);
        // Rewrap progress: data keys still wrapped under a key other than the current one.
        model.addAttribute("pending", pending);
        return "vault";
    }

    @PostMapping("/operations/vault/rewrap")
    String rewrap(RedirectAttributes flash) {
        flash.addFlashAttribute("rewrap", operations.rewrap());
        return "redirect:/operations/vault";
    }

    /** The audit entry of the resident's erasure, or null if the audit log holds none. */
    private JsonNode erasureOf(String pseudonym) {
        for (JsonNode entry : operations.audit(new AuditFilter(pseudonym, null, null, null))) {
            if (ERASED.equals(entry.path("action").asText()) && pseudonym.equals(entry.path("residentPseudonym").asText())) {
                return entry;
            }
        }
        return null;
    }
}
