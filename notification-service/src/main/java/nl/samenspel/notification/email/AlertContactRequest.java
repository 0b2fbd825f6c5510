package nl.samenspel.notification.email;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The contact address a party wants its alerts at (a shared mailbox of the organisation, not a person's). */
record AlertContactRequest(@NotBlank @Email @Size(max = 254) String email) {
}
