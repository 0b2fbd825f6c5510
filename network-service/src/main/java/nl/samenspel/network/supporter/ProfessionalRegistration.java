package nl.samenspel.network.supporter;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A professional registration, e.g. with BCMB in the Registerplein register.
 *
 * @param registerNumber the number in the register
 * @param validUntil     the last day it is valid
 */
public record ProfessionalRegistration(@Schema(example = "BCMB-104233") String registerNumber, @Schema(example = "2028-12-31") LocalDate validUntil) {
}
