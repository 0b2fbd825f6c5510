package nl.samenspel.network.organisation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import nl.samenspel.kit.text.FreeText;

/** Why the coordinator or the organisation takes this step; recorded in the organisation's history. */
record ReasonRequest(@NotBlank @Schema(example = "The network covenant was not signed within three months.") String reason) {

    /** The reason, as given, once it is known to hold no personal data or control characters. */
    String plainReason() {
        return FreeText.requireSentences("reason", reason);
    }
}
