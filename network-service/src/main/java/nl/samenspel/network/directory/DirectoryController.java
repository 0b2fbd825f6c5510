package nl.samenspel.network.directory;

import nl.samenspel.kit.web.NotFoundException;
import nl.samenspel.network.region.Region;
import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.SupporterKind;
import nl.samenspel.network.vocabulary.TargetGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Reading the network: the directory, the coverage matrix and detail views with history. */
@RestController
class DirectoryController {

    private final DirectoryQueries queries;
    private final Region region;

    DirectoryController(DirectoryQueries queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    @GetMapping("/supporters")
    SupporterPage find(@RequestParam(required = false) String municipality,
                       @RequestParam(required = false) String district,
                       @RequestParam(required = false) LifeDomain lifeDomain,
                       @RequestParam(required = false) TargetGroup targetGroup,
                       @RequestParam(required = false) SupporterKind kind,
                       @RequestParam(required = false) String language,
                       @RequestParam(defaultValue = "false") boolean availableNow,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "50") int size) {
        return queries.find(new FindSupportersQuery(municipality, district, lifeDomain, targetGroup, kind, language,
                availableNow, page, size));
    }

    @GetMapping("/supporters/{id}")
    SupporterDetailView supporter(@PathVariable String id) {
        return queries.supporter(id).orElseThrow(() -> new NotFoundException("No supporter with id " + id + "."));
    }

    @GetMapping("/organisations")
    List<OrganisationView> organisations() {
        return queries.organisations();
    }

    @GetMapping("/organisations/{id}")
    OrganisationDetailView organisation(@PathVariable String id) {
        return queries.organisation(id).orElseThrow(() -> new NotFoundException("No organisation with id " + id + "."));
    }

    /** The coverage matrix of one municipality, or of every municipality in the region. */
    @GetMapping("/coverage")
    List<CoverageCellView> coverage(@RequestParam(required = false) String municipality) {
        List<String> municipalities = municipality == null ? region.municipalityCodes() : List.of(municipality);
        region.requireMunicipalities(municipalities);
        return municipalities.stream().flatMap(code -> queries.coverage(code).stream()).toList();
    }
}
