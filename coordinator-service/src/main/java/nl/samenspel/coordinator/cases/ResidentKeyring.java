package nl.samenspel.coordinator.cases;

import java.util.Optional;

/** Encrypts free text under a resident's data key (implemented by the personal-data vault). */
public interface ResidentKeyring {

    /** Seals {@code value} (written as JSON) under the data key of the resident with this pseudonym. */
    SealedText seal(String residentPseudonym, Object value);

    /** The sealed value, or empty when the resident's key has been erased. */
    <T> Optional<T> open(SealedText sealed, Class<T> type);
}
