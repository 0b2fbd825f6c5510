package nl.samenspel.network.region;

import nl.samenspel.kit.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets clients show the region's municipalities and districts: names only, so every role may read them. */
@RestController
class RegionController {

    private final Region region;

    RegionController(Region region) {
        this.region = region;
    }

    @GetMapping("/region")
    @PreAuthorize(Access.ANY_ROLE)
    RegionProperties region() {
        return new RegionProperties(region.name(), region.municipalities());
    }
}
