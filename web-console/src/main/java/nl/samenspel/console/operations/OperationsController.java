package nl.samenspel.console.operations;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.OperationsApi;
import nl.samenspel.console.api.OperationsApi.AuditFilter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The administrator's pages over the services' operations endpoints: Kafka dead letters (retry one or all after a
 * fix), event processors (status, lag, errors; replay of a projection), the audit log (filter, CSV export) and who
 * may read what from Kafka.
 */
@Controller
class OperationsController {

    private static final ZoneId NETWORK_TIME = ZoneId.of("Europe/Amsterdam");

    private final OperationsApi operations;

    OperationsController(OperationsApi operations) {
        this.operations = operations;
    }

    @GetMapping("/operations/dead-letters")
    String deadLetters(Model model) {
        model.addAttribute("letters", perService(operations::deadLetters));
        return "dead-letters";
    }

    @PostMapping("/operations/dead-letters/{service}/{id}/retry")
    String retry(@PathVariable String service, @PathVariable long id, RedirectAttributes flash) {
        JsonNode letter = operations.retry(service, id);
        flash.addFlashAttribute("done", letter.path("retriedAt").isNull() ? "retryFailed" : "retried");
        return "redirect:/operations/dead-letters";
    }

    @PostMapping("/operations/dead-letters/{service}/retry")
    String retryAll(@PathVariable String service, RedirectAttributes flash) {
        JsonNode tried = operations.retryAll(service);
        boolean allFlowed = true;
        for (JsonNode letter : tried) {
            allFlowed &= !letter.path("retriedAt").isNull();
        }
        flash.addFlashAttribute("done", allFlowed ? "retried" : "retryFailed");
        return "redirect:/operations/dead-letters";
    }

    @GetMapping("/operations/processors")
    String processors(Model model) {
        model.addAttribute("processors", perService(operations::processors));
        return "processors";
    }

    @PostMapping("/operations/processors/{service}/{name}/replay")
    String replay(@PathVariable String service, @PathVariable String name, RedirectAttributes flash) {
        operations.replay(service, name);
        flash.addFlashAttribute("done", "replayed");
        return "redirect:/operations/processors";
    }

    @GetMapping("/operations/kafka-access")
    String kafkaAccess(Model model) {
        model.addAttribute("access", operations.kafkaAccess());
        return "kafka-access";
    }

    @GetMapping("/operations/audit")
    String audit(@RequestParam(required = false) String pseudonym, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("pseudonym", pseudonym);
        entered.put("actor", actor);
        entered.put("from", from);
        entered.put("to", to);
        model.addAttribute("entered", entered);
        model.addAttribute("entries", operations.audit(filter(pseudonym, actor, from, to)));
        return "audit";
    }

    @GetMapping("/operations/audit/export")
    ResponseEntity<String> export(@RequestParam(required = false) String pseudonym, @RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(operations.auditCsv(filter(pseudonym, actor, from, to)));
    }

    /** One answer per service, in the order the pages show the services. */
    private Map<String, JsonNode> perService(Function<String, JsonNode> read) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        operations.serviceNames().forEach(service -> answers.put(service, read.apply(service)));
        return answers;
    }

    /** The form's dates are days in Dutch time: from the start of {@code from} up to the end of {@code to}. */
    private static AuditFilter filter(String pseudonym, String actor, String from, String to) {
        return new AuditFilter(pseudonym, actor, startOf(from, 0), startOf(to, 1));
    }

    private static String startOf(String day, int plusDays) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip()).plusDays(plusDays).atStartOfDay(NETWORK_TIME).toInstant().toString();
        } catch (DateTimeParseException notADate) {
            throw new ApiProblem(400, "", "yyyy-mm-dd: " + day, Map.of());
        }
    }
}
