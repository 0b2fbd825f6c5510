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
