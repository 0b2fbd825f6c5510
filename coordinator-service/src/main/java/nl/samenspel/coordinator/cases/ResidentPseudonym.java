package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.text.PersonalDataDetector;

import java.util.regex.Pattern;

/**
 * The resident's pseudonym is an opaque token: 4 to 64 letters, digits and dashes with at least one letter (such as
 * {@code R-7Q4K9X2M} or {@code demo-resident-0001}). So it can never be a BSN or a phone number (digits and
 * separators only) or an e-mail address (no '@'), and a token that still holds one (such as {@code R-111222333}) is
 * refused as well. A system that generates pseudonyms should therefore not emit long runs of digits (random hex
 * can hold nine digits in a row that pass the 11-check).
 */
public final class ResidentPseudonym {

    private static final Pattern FORM = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9-]{4,64}");

    private ResidentPseudonym() {
    }

    /**
     * The pseudonym, if it has the token's form; the refusal (400) never echoes the value, in case someone typed a
     * BSN, phone number or name there.
     */
    public static String require(String pseudonym) {
        if (pseudonym == null || !FORM.matcher(pseudonym).matches() || !PersonalDataDetector.find(pseudonym).isEmpty()) {
            throw new IllegalArgumentException("'residentPseudonym' must be the resident's pseudonym: an opaque token of 4 to 64"
                    + " letters, digits or dashes with at least one letter, such as R-7Q4K9X2M; never a BSN, phone"
                    + " number or e-mail address. Personal details go in the vault.");
        }
        return pseudonym;
    }
}
