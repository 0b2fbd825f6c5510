package nl.samenspel.signalling.monitoring;

import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.catalogue.CatalogueEntry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A municipality's monitoring: JSON, CSV and an HTML page, always after disclosure control and only for the
 * municipality in the path, read by that municipality or the coordinator. Publishing (the coordinator) sends a
 * period's report to the municipality's topic.
 */
@RestController
class MonitoringController {

    private final ReportCompiler compiler;
    private final Catalogue catalogue;
    private final CommandGateway commands;
    private final Clock clock;

    MonitoringController(ReportCompiler compiler, Catalogue catalogue, CommandGateway commands, Clock clock) {
        this.compiler = compiler;
        this.catalogue = catalogue;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping(value = "/municipalities/{code}/reports/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    MonitoringReport report(@PathVariable String code, @PathVariable String period,
                            @RequestParam(required = false) Integer threshold, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        return compiler.compile(code, Period.parse(period), threshold);
    }

    @GetMapping(value = "/municipalities/{code}/reports/{period}/csv", produces = "text/csv")
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    ResponseEntity<String> csv(@PathVariable String code, @PathVariable String period,
                               @RequestParam(required = false) Integer threshold, Caller caller) {
        MonitoringReport report = report(code, period, threshold, caller);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"monitoring-" + code + "-" + period + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(ReportCsv.of(report));
    }

    /** The page for a year (default: this year), with its months as a trend. */
    @GetMapping(value = "/municipalities/{code}/monitoring", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    String page(@PathVariable String code, @RequestParam(required = false) String period, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        Period shown = period == null ? new Period(PeriodType.YEAR, LocalDate.now(clock).getYear(), 1) : Period.parse(period);
        MonitoringReport report = compiler.compile(code, shown, null);
        List<MonitoringReport> months = IntStream.rangeClosed(1, 12)
                .mapToObj(month -> new Period(PeriodType.MONTH, shown.year(), month))
                .map(month -> compiler.compile(code, month, null)).toList();
        Map<String, String> labels = new HashMap<>();
        for (List<CatalogueEntry> entries : List.of(catalogue.lifeDomains(), catalogue.targetGroups())) {
            entries.forEach(entry -> labels.put(entry.code(), entry.label()));
        }
        return MonitoringPage.render(report, months, MonitoringPage.labels(labels));
    }

    @PostMapping("/municipalities/{code}/reports/{period}/publish")
    @PreAuthorize(Access.COORDINATOR)
    ResponseEntity<Void> publish(@PathVariable String code, @PathVariable String period) {
        catalogue.municipalityInPath(code);
        commands.sendAndWait(PublishMonitoringReportCommand.of(code, Period.parse(period)));
        return ResponseEntity.accepted().build();
    }
}
