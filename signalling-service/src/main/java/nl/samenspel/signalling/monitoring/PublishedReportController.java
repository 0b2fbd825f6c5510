package nl.samenspel.signalling.monitoring;

import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.NotFoundException;
import nl.samenspel.signalling.catalogue.Catalogue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A municipality's published reports: the list, and each as it was published (not compiled again). */
@RestController
class PublishedReportController {

    private final Catalogue catalogue;
    private final PublishedReports published;

    PublishedReportController(Catalogue catalogue, PublishedReports published) {
        this.catalogue = catalogue;
        this.published = published;
    }

    @GetMapping("/municipalities/{code}/published-reports")
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    List<PublishedReportSummary> list(@PathVariable String code, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        return published.of(code);
    }

    @GetMapping(value = "/municipalities/{code}/published-reports/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    ResponseEntity<String> report(@PathVariable String code, @PathVariable String period, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        String canonical = Period.parse(period).toString();
        return published.report(code, canonical).map(ResponseEntity::ok)
                .orElseThrow(() -> new NotFoundException("The report of " + code + " for " + canonical
                        + " was not published (reports are published after their period ends)."));
    }
}
