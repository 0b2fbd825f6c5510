package nl.samenspel.console.network;

import nl.samenspel.console.api.CoverageCell;
import nl.samenspel.console.api.NetworkApi;
import nl.samenspel.console.web.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.Map;

/**
 * The coverage matrix of one municipality: per target group (rows) and life domain (columns) how many supporters of
 * each kind are eligible; a cell without any (or one the API does not list) is a gap and marked as one (in words, not by colour alone).
 */
@Controller
class CoverageController {

    private final NetworkApi network;
    private final Vocabulary vocabulary;

    CoverageController(NetworkApi network, Vocabulary vocabulary) {
        this.network = network;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/network/coverage")
    String coverage(@RequestParam(required = false) String municipality, Model model) {
        String chosen = vocabulary.municipalities().contains(municipality) ? municipality : vocabulary.municipalities().get(0);
        Map<String, CoverageCell> cells = new HashMap<>();
        for (CoverageCell cell : network.coverage(chosen)) {
            cells.put(cell.targetGroup() + "/" + cell.lifeDomain(), cell);
        }
        model.addAttribute("municipality", chosen);
        model.addAttribute("cells", cells);
        long gaps = vocabulary.targetGroups().stream().flatMap(group -> vocabulary.lifeDomains().stream()
                .map(domain -> cells.get(group + "/" + domain))).filter(cell -> cell == null || cell.total() == 0).count();
        model.addAttribute("gaps", gaps);
        return "coverage";
    }
}
