package nl.samenspel.coordinator.vault;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A resident's personal details. They exist only in the vault, sealed under the resident's data key; everywhere
 * else the resident is their pseudonym.
 *
 * @param name    the resident's name
 * @param phone   phone number, optional
 * @param email   e-mail address, optional
 * @param address postal address, optional
 * @param bsn     citizen service number (BSN), optional; must pass the 11-check
 */
public record PersonalDetails(
        @NotBlank @Size(max = 200) @Schema(example = "J. de Vries") String name,
        @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "may hold only digits, spaces, +, -, ( and )") @Schema(example = "+31 6 12345678") String phone,
        @Size(max = 200) @Email @Schema(example = "j.devries@example.nl") String email,
        @Size(max = 300) @Schema(example = "Hoofdstraat 1, 2161 AA Lisse") String address,
        @Bsn @Schema(example = "111222333") String bsn) {
}
