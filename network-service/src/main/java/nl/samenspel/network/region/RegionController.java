package nl.samenspel.network.region;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets clients show the region's municipalities and districts. */
@RestController
class RegionController {

    private final Region region;

    RegionController(Region region) {
        this.region = region;
    }

    @GetMapping("/region")
    RegionProperties region() {
        return new RegionProperties(region.name(), region.municipalities());
    }
}
