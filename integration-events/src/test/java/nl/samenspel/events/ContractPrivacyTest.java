package nl.samenspel.events;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka records carry pseudonyms only: no field of any published record may hold a name or contact detail. */
class ContractPrivacyTest {

    private static final Pattern PERSONAL = Pattern.compile(
            "(firstname|lastname|fullname|residentname|^name$|email|phone|telephone|bsn|address|postcode|birth|iban)");

    @Test
    void noPublishedRecordHasAFieldForPersonalData() {
        List<String> offenders = new ArrayList<>();
        for (EventType<?> type : IntegrationEvents.ALL) {
            collect(type.dataClass(), type.type(), offenders);
        }
        assertThat(offenders).isEmpty();
    }

    private static void collect(Class<?> recordClass, String path, List<String> offenders) {
        if (!recordClass.isRecord()) {
            return;
        }
        for (RecordComponent component : recordClass.getRecordComponents()) {
            String name = component.getName().toLowerCase(Locale.ROOT);
            // An organisation's own name is public information about the network, not about a resident.
            boolean publicOrganisationName = name.equals("name") && recordClass.getSimpleName().startsWith("Organisation");
            if (PERSONAL.matcher(name).find() && !publicOrganisationName) {
                offenders.add(path + "." + component.getName());
            }
            collect(component.getType(), path + "." + component.getName(), offenders);
        }
    }
}
