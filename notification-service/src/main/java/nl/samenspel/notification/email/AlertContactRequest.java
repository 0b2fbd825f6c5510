package nl.samenspel.notification.email;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The contact address a party wants its alerts at (a shared mailbox of the organisation, not a person's). */
record AlertContactRequest(@NotBlank @Email @Size(max = 254) @Schema(example = "meldingen@ouderenbond-lisse.nl") String email) {
}
