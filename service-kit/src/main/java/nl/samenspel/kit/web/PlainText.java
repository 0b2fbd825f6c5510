package nl.samenspel.kit.web;

import java.util.regex.Pattern;

/**
 * Free text in a command must be plain sentences: markup, scripts and database statements are refused before
 * anything is stored, since the text is shown in other organisations' systems and would run there.
 */
public final class PlainText {

    /** A tag (also {@code < b}: browsers differ, so a '<' before a letter is refused), a script URL, a control
     * character, or a quote followed by SQL. */
    private static final Pattern CODE = Pattern.compile("(?i)<\\s*/?\\s*[a-z!?]|javascript:|\\p{Cc}(?<![\\t\\n\\r])"
            + "|['\";]\\s*(drop|delete|insert|update|alter|truncate|union|select|exec)\\s|'\\s*or\\s+'?\\w+'?\\s*=");

    private PlainText() {
    }

    /**
     * Refuses markup or a statement with an {@link IllegalArgumentException} (400) naming the field but never
     * echoing the text; {@code null} passes (presence is bean validation's job).
     */
    public static void require(String field, String text) {
        if (text != null && CODE.matcher(text).find()) {
            throw new IllegalArgumentException(field + " looks like markup or a database statement (a tag, a script or"
                    + " a quote followed by SQL); write plain sentences.");
        }
    }
}
