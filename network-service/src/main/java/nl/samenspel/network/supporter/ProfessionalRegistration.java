package nl.samenspel.network.supporter;

import java.time.LocalDate;

/**
 * A professional registration, e.g. with BCMB in the Registerplein register.
 *
 * @param registerNumber the number in the register
 * @param validUntil     the last day it is valid
 */
public record ProfessionalRegistration(String registerNumber, LocalDate validUntil) {
}
