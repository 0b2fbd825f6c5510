package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.web.DomainRuleException;

import java.util.regex.Pattern;

/**
 * Free text is checked for obvious personal data (BSN, phone number, e-mail address) before it is stored, and must be
 * plain sentences: markup and database statements are refused, since summaries are shown in other organisations'
 * systems and a stored script or statement would run there.
 */
public final class FreeText {

    private static final Pattern PERSONAL = Pattern.compile(
            "\\b\\d{9}\\b|\\b\\d{4}[ .]?\\d{2}[ .]?\\d{3}\\b|(\\+31|\\b0)[1-9][0-9 -]{7,10}\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    private static final Pattern CODE = Pattern.compile("(?i)<\\s*/?\\s*[a-z!?]|javascript:|\\p{Cc}(?<![\\t\\n\\r])"
            + "|['\";]\\s*(drop|delete|insert|update|alter|truncate|union|select|exec)\\s|'\\s*or\\s+'?\\w+'?\\s*=");

    private FreeText() {
    }

    /** Plain sentences without personal data. Neither refusal echoes the text. */
    public static void requirePlain(String field, String text) {
        if (text != null && CODE.matcher(text).find()) {
            throw new IllegalArgumentException(field + " looks like markup or a database statement (a tag, a script or"
                    + " a quote followed by SQL); write plain sentences.");
        }
        requireNoPersonalData(field, text);
    }

    private static void requireNoPersonalData(String field, String text) {
        if (text != null && PERSONAL.matcher(text).find()) {
            throw new DomainRuleException(field + " seems to contain a BSN, phone number or e-mail address; leave those out.");
        }
    }
}
