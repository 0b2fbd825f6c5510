package nl.samenspel.kit.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Free text holds personal data. Answered with 400 problem+json naming the field and the kinds found, never the
 * value itself, so a refusal does not spread what it refuses.
 */
public class PersonalDataException extends IllegalArgumentException {

    private final String field;
    private final List<PersonalDataKind> found;

    public PersonalDataException(String field, List<PersonalDataKind> found) {
        super("'" + field + "' looks like it holds " + found.stream().map(PersonalDataKind::description)
                .collect(Collectors.joining(" and ")) + "; leave personal data out (it is shown to other organisations)"
                + " and describe the situation without anything that identifies a resident.");
        this.field = field;
        this.found = List.copyOf(found);
    }

    public String field() {
        return field;
    }

    public List<PersonalDataKind> found() {
        return found;
    }
}
