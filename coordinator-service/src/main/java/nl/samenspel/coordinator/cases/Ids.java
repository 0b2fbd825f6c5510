package nl.samenspel.coordinator.cases;

import java.util.regex.Pattern;

/**
 * The shape of every identifier this service takes (case references, handover, organisation and supporter ids):
 * anything else, such as an injection attempt, is refused before it reaches a query.
 */
public final class Ids {

    /** For {@code @Pattern} on request fields. */
    public static final String PATTERN = "[A-Za-z0-9._:-]{1,64}";
    public static final String DESCRIPTION = "1 to 64 letters, digits, '.', '_', ':' or '-'";
    public static final String MESSAGE = "must be " + DESCRIPTION;
    /** For {@code @Schema(example)} on request fields: ids as the network service hands them out. */
    public static final String ORGANISATION_EXAMPLE = "3f6c1a2e-8b4d-4e7f-9a1b-2c3d4e5f6a7b";
    public static final String SUPPORTER_EXAMPLE = "9b2e4d6f-1a3c-4e5b-8d7f-6a5b4c3d2e1f";

    private static final Pattern ID = Pattern.compile(PATTERN);

    private Ids() {
    }

    /** Refuses a malformed id without echoing it. */
    public static String require(String what, String id) {
        if (!isWellFormed(id)) {
            throw new IllegalArgumentException(what + " must be " + DESCRIPTION + ".");
        }
        return id;
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
