package nl.samenspel.coordinator.vault;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.samenspel.kit.text.PersonalDataDetector;

/** The 11-check (elfproef) for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and not zero. */
public class BsnValidator implements ConstraintValidator<Bsn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isValid(value);
    }

    static boolean isValid(String bsn) {
        return PersonalDataDetector.passesElevenCheck(bsn);
    }
}
