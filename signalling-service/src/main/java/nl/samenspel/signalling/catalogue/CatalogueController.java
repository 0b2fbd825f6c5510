package nl.samenspel.signalling.catalogue;

import nl.samenspel.kit.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The signal categories this network configured, so that forms offer exactly the codes {@code POST /signals} takes
 * (a network adds categories without a release). Codes and labels only, so every role may read them.
 */
@RestController
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/signal-categories")
    @PreAuthorize(Access.ANY_ROLE)
    List<CatalogueEntry> categories() {
        return catalogue.categories();
    }
}
