package nl.samenspel.signalling.monitoring;

import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.IdempotentCommands;
import nl.samenspel.kit.web.RequestLog;
import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.catalogue.CatalogueEntry;
import nl.samenspel.signalling.disclosure.DisclosureSettings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A municipality's monitoring: JSON, CSV and an HTML page of published reports only, for the municipality in the
 * path, read by that municipality or the coordinator. Publishing (the coordinator) sends a closed period's report
 * to the municipality's topic; that delivery goes on after the answer, which is therefore 202.
 */
@RestController
class MonitoringController {

    private final PublishedReports reports;
    private final ReportPublication publication;
    private final Catalogue catalogue;
    private final DisclosureSettings settings;
    private final Clock clock;
    private final IdempotentCommands commands;

    MonitoringController(PublishedReports reports, ReportPublication publication, Catalogue catalogue,
                         DisclosureSettings settings, Clock clock, IdempotentCommands commands) {
        this.commands = commands;
        this.reports = reports;
        this.publication = publication;
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock;
    }

    /** The published report; {@code threshold} is refused, as the caller cannot choose it. */
    @GetMapping(value = "/municipalities/{code}/reports/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    MonitoringReport report(@PathVariable String code, @PathVariable String period,
                            @RequestParam(required = false) String threshold, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        // A threshold per request would let a reader watch a rounded count turn suppressed and learn its value.
        if (threshold != null) {
            throw new IllegalArgumentException("The suppression threshold is fixed by the network's configuration ("
                    + settings.threshold() + "); leave out the threshold parameter.");
        }
        return reports.get(code, Period.parse(period));
    }

    @GetMapping(value = "/municipalities/{code}/reports/{period}/csv", produces = "text/csv")
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    ResponseEntity<String> csv(@PathVariable String code, @PathVariable String period,
                               @RequestParam(required = false) String threshold, Caller caller) {
        MonitoringReport report = report(code, period, threshold, caller);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"monitoring-" + code + "-" + period + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(ReportCsv.of(report));
    }

    /** The page for a published period (default: last month), with the published months of its year as a trend. */
    @GetMapping(value = "/municipalities/{code}/monitoring", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    String page(@PathVariable String code, @RequestParam(required = false) String period, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        Period shown = period == null ? Period.monthOf(LocalDate.now(clock.withZone(Period.ZONE))).previous()
                : Period.parse(period);
        MonitoringReport report = reports.get(code, shown);
        List<Optional<MonitoringReport>> months = new Period(PeriodType.YEAR, shown.year(), 1).children().stream()
                .flatMap(quarter -> quarter.children().stream()).map(month -> reports.find(code, month)).toList();
        Map<String, String> labels = new HashMap<>();
        for (List<CatalogueEntry> entries : List.of(catalogue.lifeDomains(), catalogue.targetGroups())) {
            entries.forEach(entry -> labels.put(entry.code(), entry.label()));
        }
        return MonitoringPage.render(report, months, MonitoringPage.labels(labels));
    }

    @PostMapping("/municipalities/{code}/reports/{period}/publish")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> publish(@PathVariable String code, @PathVariable String period,
                                 @RequestHeader(value = RequestLog.HEADER, required = false) String requestId) {
        catalogue.municipalityInPath(code);
        return commands.accept(requestId, () -> publication.publish(code, Period.parse(period)));
    }
}
