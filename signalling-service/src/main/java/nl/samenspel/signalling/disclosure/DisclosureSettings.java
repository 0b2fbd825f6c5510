package nl.samenspel.signalling.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The suppression threshold ({@code signalling.disclosure.threshold}): counts below it are never shown. The default
 * 8 suppresses 0–7, the CBS rule for Wmo figures per district. It may be raised, never set below
 * {@link #MINIMUM_THRESHOLD}: the service refuses to start with a lower one.
 */
@ConfigurationProperties("signalling.disclosure")
public record DisclosureSettings(@DefaultValue("8") int threshold) {

    /** Below this, a count can point at a resident too easily, whatever the configuration says. */
    public static final int MINIMUM_THRESHOLD = 5;
    /** Shown counts are rounded to a multiple of this. */
    public static final int ROUNDING_BASE = 5;

    public DisclosureSettings {
        requireSafe(threshold);
    }

    /**
     * Refuses a threshold below {@link #MINIMUM_THRESHOLD}.
     *
     * @throws IllegalArgumentException naming the minimum
     */
    public static int requireSafe(int threshold) {
        if (threshold < MINIMUM_THRESHOLD) {
            throw new IllegalArgumentException("The suppression threshold must be at least " + MINIMUM_THRESHOLD
                    + " (was " + threshold + "): smaller counts could point at a resident.");
        }
        return threshold;
    }
}
