package nl.samenspel.console.municipality;

import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.CollectiveSignal;
import nl.samenspel.console.api.NetworkApi;
import nl.samenspel.console.api.SignallingApi;
import nl.samenspel.console.security.Person;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The adviser's dashboard. The municipality is always the adviser's own (from their token, never from the address),
 * and every figure is the signalling-service's protected one: this page suppresses nothing itself and adds nothing.
 */
@Controller
class DashboardController {

    private static final ZoneId NETWORK_TIME = ZoneId.of("Europe/Amsterdam");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");
    private static final List<String> COMPARED = List.of("cases-opened", "cases-accepted", "cases-closed", "escalations",
            "handovers", "coverage-gaps");

    private final SignallingApi signalling;
    private final NetworkApi network;
    private final Clock clock;

    DashboardController(SignallingApi signalling, NetworkApi network, Clock clock) {
        this.signalling = signalling;
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal OidcUser user, @RequestParam(required = false) String period, Model model) {
        String municipality = Person.of(user).municipalityCode();
        String shown = period(period);
        model.addAttribute("municipality", municipality);
        model.addAttribute("period", shown);
        model.addAttribute("periods", periods());
        try {
            model.addAttribute("dashboard", new Dashboard(new ReportFigures(signalling.report(municipality, shown))));
        } catch (ApiProblem refused) {
            if (refused.status() == 403) {
                throw refused;
            }
            // Not published yet (404) or not ended (409): the API's explanation, on the page.
            model.addAttribute("reportProblem", refused);
        }
        model.addAttribute("comparison", comparison(municipality));
        List<CollectiveSignal> signals = signalling.collectiveSignals(municipality);
        model.addAttribute("openSignals", signals.stream().filter(CollectiveSignal::open).count());
        model.addAttribute("gaps", network.coverage(municipality).stream().filter(cell -> cell.total() == 0).toList());
        model.addAttribute("published", signalling.publishedReports(municipality));
        return "dashboard";
    }

    @GetMapping("/dashboard/csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal OidcUser user, @RequestParam(required = false) String period) {
        String municipality = Person.of(user).municipalityCode();
        String shown = period(period);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"monitoring-" + municipality + "-" + shown + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(signalling.reportCsv(municipality, shown));
    }

    /** The asked period when it is one, else last month: reports cover closed periods only. */
    private String period(String asked) {
        return asked != null && PERIOD.matcher(asked).matches() ? asked : month(today().minusMonths(1));
    }

    /** The choices, all closed: the last twelve months, the quarters that ended in the last two years, last year. */
    private List<String> periods() {
        LocalDate today = today();
        List<String> periods = new ArrayList<>();
        for (int back = 1; back <= 12; back++) {
            periods.add(month(today.minusMonths(back)));
        }
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            for (int quarter = 4; quarter >= 1; quarter--) {
                if (!LocalDate.of(year, quarter * 3, 1).plusMonths(1).isAfter(today)) {
                    periods.add(year + "-Q" + quarter);
                }
            }
        }
        periods.add(Integer.toString(today.getYear() - 1));
        return periods;
    }

    private static String month(LocalDate day) {
        return String.format("%d-%02d", day.getYear(), day.getMonthValue());
    }

    /**
     * Last year next to the year before, indicator by indicator (the totals, as protected as every other figure):
     * the last two closed years, so neither changes any more.
     */
    private Comparison comparison(String municipality) {
        int year = today().getYear() - 1;
        Optional<ReportFigures> thisYear = publishedReport(municipality, year);
        if (thisYear.isEmpty()) {
            return new Comparison(year, List.of());
        }
        // The year before may not have been published (a network that started last year): its column stays empty.
        ReportFigures lastYear = publishedReport(municipality, year - 1).orElse(null);
        List<Comparison.Line> lines = new ArrayList<>();
        for (String indicator : COMPARED) {
            thisYear.get().total(indicator).ifPresent(now -> lines.add(new Comparison.Line(indicator, now,
                    lastYear == null ? null : lastYear.total(indicator).orElse(null))));
        }
        return new Comparison(year, lines);
    }

    /** A year's published report; empty when it was not published (404) or cannot be (409). */
    private Optional<ReportFigures> publishedReport(String municipality, int year) {
        try {
            return Optional.of(new ReportFigures(signalling.report(municipality, Integer.toString(year))));
        } catch (ApiProblem refused) {
            if (refused.status() == 403) {
                throw refused;
            }
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NETWORK_TIME));
    }

    /** Two years' totals side by side. */
    record Comparison(int year, List<Line> lines) {

        record Line(String indicator, ReportFigures.Cell thisYear, ReportFigures.Cell lastYear) {
        }
    }
}
