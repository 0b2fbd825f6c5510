package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.web.DomainRuleException;
import nl.samenspel.kit.web.PlainText;

import java.util.regex.Pattern;

/**
 * Free text is checked for obvious personal data (BSN, phone number, e-mail address) before it is stored, and must be
 * plain sentences (the kit's {@link PlainText}), since summaries are shown in other organisations' systems.
 */
public final class FreeText {

    private static final Pattern PERSONAL = Pattern.compile(
            "\\b\\d{9}\\b|\\b\\d{4}[ .]?\\d{2}[ .]?\\d{3}\\b|(\\+31|\\b0)[1-9][0-9 -]{7,10}\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    private FreeText() {
    }

    /** Plain sentences without personal data. Neither refusal echoes the text. */
    public static void requirePlain(String field, String text) {
        PlainText.require(field, text);
        requireNoPersonalData(field, text);
    }

    private static void requireNoPersonalData(String field, String text) {
        if (text != null && PERSONAL.matcher(text).find()) {
            throw new DomainRuleException(field + " seems to contain a BSN, phone number or e-mail address; leave those out.");
        }
    }
}
