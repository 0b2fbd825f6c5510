package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.text.FreeText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The care providers serving a resident (KvK numbers or names), each one entry in one form so the conflict-of-interest
 * check can match them exactly: a name with a comma stays one provider, and the same name written twice is one.
 */
final class CareProviders {

    private CareProviders() {
    }

    /** Each entry checked as a name (no personal data) and normalised; blanks are refused, duplicates dropped. */
    static List<String> normalised(List<String> providers) {
        if (providers == null) {
            return List.of();
        }
        Set<String> entries = new LinkedHashSet<>();
        for (int i = 0; i < providers.size(); i++) {
            String entry = FreeText.requireName("careProviders[" + i + "]", providers.get(i));
            if (entry == null || entry.isEmpty()) {
                throw new IllegalArgumentException("careProviders[" + i + "] is empty; name each care provider, or"
                        + " give its KvK number.");
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }
}
