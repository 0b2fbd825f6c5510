package nl.samenspel.signalling.collective;

import nl.samenspel.signalling.disclosure.DisclosureControl;
import nl.samenspel.signalling.disclosure.DisclosureSettings;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The number of residents a collective signal concerns, as it may leave the service: under the same disclosure
 * rule as the monitoring figures (rounded to a multiple of 5, nothing below the threshold), since a municipality
 * reads it.
 */
@Component
public class ResidentsConcerned {

    private static final String CELL = "residents-concerned";

    private final int threshold;

    ResidentsConcerned(DisclosureSettings settings) {
        this.threshold = settings.threshold();
    }

    /** The rounded number, or {@code null} when it is below the threshold (and for a signal raised from a fact). */
    public Integer shown(int residents) {
        return DisclosureControl.protect(Map.of(CELL, (long) residents), List.of(), threshold).valueOf(CELL).orElse(null);
    }
}
