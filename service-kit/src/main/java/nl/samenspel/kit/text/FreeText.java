package nl.samenspel.kit.text;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one check for free text in every service. Text is stored as given: markup, quotes, semicolons, '<' and
 * SQL-looking words are ordinary content (every statement is parameterised, JSON output is encoded, and HTML
 * escaping is the console's job). Refused are only control characters (line breaks and tabs are fine) and
 * personal data that identifies a resident ({@link PersonalDataDetector}). Both refusals are 400 and name the
 * field, never the value.
 */
public final class FreeText {

    /** Any control character except tab, line feed and the carriage return of a CRLF line break. */
    private static final Pattern CONTROL = Pattern.compile("(?!\\r\\n)[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private FreeText() {
    }

    /**
     * Sentences (a summary, a description, a reason): accepted unchanged, or refused; {@code null} passes
     * (presence is bean validation's job).
     *
     * @throws IllegalArgumentException for a control character
     * @throws PersonalDataException    for personal data
     */
    public static String requireSentences(String field, String text) {
        if (requirePrintable(field, text) == null) {
            return null;
        }
        List<PersonalDataKind> found = PersonalDataDetector.find(text);
        if (!found.isEmpty()) {
            throw new PersonalDataException(field, found);
        }
        return text;
    }

    /**
     * Text that may hold contact details by design (an organisation's own contact point): only control characters
     * are refused.
     *
     * @throws IllegalArgumentException for a control character
     */
    public static String requirePrintable(String field, String text) {
        if (text != null && CONTROL.matcher(text).find()) {
            throw new IllegalArgumentException("'" + field + "' holds a control character; only line breaks and tabs"
                    + " are allowed besides ordinary characters. Remove it and send the text again.");
        }
        return text;
    }

    /**
     * A name (a care provider, an organisation, a supporter's display name): checked as sentences, then put in one
     * form so names can be compared exactly: Unicode NFC, trimmed, every run of whitespace one space. Commas and
     * other punctuation stay part of the name.
     */
    public static String requireName(String field, String name) {
        if (requireSentences(field, name) == null) {
            return null;
        }
        return WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }
}
