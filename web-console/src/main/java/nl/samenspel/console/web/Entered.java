package nl.samenspel.console.web;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.Arrays;
import java.util.List;

/**
 * What a person typed into a form, kept as typed so that a refused form shows it again, and read out field by field
 * for the API's request body. The console does not validate: the API decides, and its refusal is shown.
 */
public record Entered(MultiValueMap<String, String> values) {

    public static Entered empty() {
        return new Entered(new LinkedMultiValueMap<>());
    }

    /** The field's value as typed ({@code null} if absent). */
    public String value(String field) {
        return values.getFirst(field);
    }

    /** True if the option was chosen (a checkbox or one of several). */
    public boolean has(String field, String option) {
        return values.getOrDefault(field, List.of()).contains(option);
    }

    /** The field's value without surrounding blanks; an empty field as absent. */
    public String text(String field) {
        String value = value(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Every option chosen for the field. */
    public List<String> chosen(String field) {
        return values.getOrDefault(field, List.of());
    }

    /** A field holding a list typed with commas ({@code nl, en}); an empty field as an empty list. */
    public List<String> commaSeparated(String field) {
        String value = text(field);
        return value == null ? List.of() : Arrays.stream(value.split("\\s*,\\s*")).filter(item -> !item.isEmpty()).toList();
    }
}
