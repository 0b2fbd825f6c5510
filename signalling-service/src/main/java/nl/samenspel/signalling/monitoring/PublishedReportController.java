package nl.samenspel.signalling.monitoring;

import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.signalling.catalogue.Catalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A municipality's published reports: the list, and each as it was published (not compiled again). */
@RestController
class PublishedReportController {

    private final Catalogue catalogue;
    private final PublishedReportList list;
    private final PublishedReports published;

    PublishedReportController(Catalogue catalogue, PublishedReportList list, PublishedReports published) {
        this.catalogue = catalogue;
        this.list = list;
        this.published = published;
    }

    @GetMapping("/municipalities/{code}/published-reports")
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    List<PublishedReportSummary> list(@PathVariable String code, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        return list.of(code);
    }

    @GetMapping("/municipalities/{code}/published-reports/{period}")
    @PreAuthorize(Access.COORDINATOR_OR_MUNICIPALITY)
    MonitoringReport report(@PathVariable String code, @PathVariable String period, Caller caller) {
        catalogue.municipalityInPath(code, caller);
        return published.get(code, Period.parse(period));
    }
}
