package nl.samenspel.coordinator.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspel.coordinator.matching.SupportKind;

/**
 * The resident's own choices (keuzevrijheid); every part is optional.
 *
 * @param supporterId    a supporter the resident asked for
 * @param organisationId an organisation the resident asked for
 * @param supportKind    formal or informal support, if the resident has a preference
 * @param language       ISO 639-1 code of the language the resident prefers
 */
public record Preferences(@Schema(example = Ids.SUPPORTER_EXAMPLE) String supporterId,
                          @Schema(example = Ids.ORGANISATION_EXAMPLE) String organisationId, SupportKind supportKind,
                          @Schema(example = "nl") String language) {

    public static final Preferences NONE = new Preferences(null, null, null, null);
}
