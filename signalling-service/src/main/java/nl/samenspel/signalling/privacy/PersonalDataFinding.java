package nl.samenspel.signalling.privacy;

/**
 * One piece of personal data found in a text.
 *
 * @param kind   what it looks like
 * @param start  index of its first character in the text
 * @param end    index after its last character
 * @param masked the finding with all but its first two characters hidden, so a refusal does not repeat it
 */
public record PersonalDataFinding(PersonalDataKind kind, int start, int end, String masked) {

    /** What a person must remove, e.g. {@code a phone number at character 12 ("06…")}. */
    public String describe() {
        return kind.description() + " at character " + (start + 1) + " (\"" + masked + "\")";
    }
}
