package nl.samenspel.network.directory;

import jakarta.validation.constraints.Pattern;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;
import nl.samenspel.kit.web.ForbiddenException;
import nl.samenspel.kit.web.NotFoundException;
import nl.samenspel.network.region.Region;
import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.SupporterKind;
import nl.samenspel.network.vocabulary.TargetGroup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Reading the network: the directory, the coverage matrix and detail views with history. The directory is for the
 * network's members; a municipality sees only the coverage matrix of its own municipality, never who supports.
 */
@RestController
class DirectoryController {

    private final DirectoryQueries queries;
    private final Region region;

    DirectoryController(DirectoryQueries queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    @GetMapping("/supporters")
    @PreAuthorize(Access.NETWORK_MEMBER)
    SupporterPage find(@RequestParam(required = false) @Pattern(regexp = "GM[0-9]{4}") String municipality,
                       @RequestParam(required = false) @Pattern(regexp = "WK[0-9]{6}") String district,
                       @RequestParam(required = false) LifeDomain lifeDomain,
                       @RequestParam(required = false) TargetGroup targetGroup,
                       @RequestParam(required = false) SupporterKind kind,
                       @RequestParam(required = false) @Pattern(regexp = "[a-z]{2,3}") String language,
                       @RequestParam(defaultValue = "false") boolean availableNow,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "50") int size) {
        return queries.find(new FindSupportersQuery(municipality, district, lifeDomain, targetGroup, kind, language,
                availableNow, page, size));
    }

    @GetMapping("/supporters/{id}")
    @PreAuthorize(Access.NETWORK_MEMBER)
    SupporterDetailView supporter(@PathVariable String id) {
        return queries.supporter(id).orElseThrow(() -> new NotFoundException("No supporter with id " + id + "."));
    }

    @GetMapping("/organisations")
    @PreAuthorize(Access.NETWORK_MEMBER)
    List<OrganisationView> organisations() {
        return queries.organisations();
    }

    @GetMapping("/organisations/{id}")
    @PreAuthorize(Access.NETWORK_MEMBER)
    OrganisationDetailView organisation(@PathVariable String id) {
        return queries.organisation(id).orElseThrow(() -> new NotFoundException("No organisation with id " + id + "."));
    }

    /** The coverage matrix of one municipality, or of every municipality in the region (a municipality: its own). */
    @GetMapping("/coverage")
    @PreAuthorize(Access.COORDINATOR_ADMINISTRATOR_OR_MUNICIPALITY)
    List<CoverageCellView> coverage(@RequestParam(required = false) String municipality, Caller caller) {
        if (caller.is(CallerRole.MUNICIPALITY) && municipality != null && !caller.isMunicipality(municipality)) {
            throw new ForbiddenException(caller.subject() + " may not read the coverage of " + municipality);
        }
        String asked = caller.is(CallerRole.MUNICIPALITY) ? caller.municipalityCode() : municipality;
        List<String> municipalities = asked == null ? region.municipalityCodes() : List.of(asked);
        region.requireMunicipalities(municipalities);
        return municipalities.stream().flatMap(code -> queries.coverage(code).stream()).toList();
    }
}
