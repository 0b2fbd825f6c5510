package nl.samenspel.network.organisation;

import jakarta.validation.constraints.NotBlank;
import nl.samenspel.kit.web.PlainText;

/** Why the coordinator or the organisation takes this step; recorded in the organisation's history. */
record ReasonRequest(@NotBlank String reason) {

    /** The reason, once it is known to be plain sentences. */
    String plainReason() {
        PlainText.require("reason", reason);
        return reason;
    }
}
