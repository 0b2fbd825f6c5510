package nl.samenspel.console.web;

import nl.samenspel.console.api.ApiProblem;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An API's refusal of what a form sent, as the page shows it: next to the field the API named, or above the form.
 *
 * @param form        which form on the page was refused (e.g. {@code dispatch}, {@code hours})
 * @param status      the API's HTTP status
 * @param detail      the API's explanation
 * @param fieldErrors the API's message per field
 */
public record FormProblem(String form, int status, String detail, Map<String, String> fieldErrors) {

    public static FormProblem of(String form, ApiProblem problem) {
        return new FormProblem(form, problem.status(), problem.detail(), problem.fieldErrors());
    }

    /**
     * The API's message about one field: from its list of invalid fields (a list field also collects its items'
     * messages, {@code languages[0]}), or its explanation if that names the field ({@code 'field'} or {@code (field)}).
     */
    public String forField(String field) {
        String listed = fieldErrors.entrySet().stream()
                .filter(error -> error.getKey().equals(field) || error.getKey().startsWith(field + "["))
                .map(Map.Entry::getValue).distinct().collect(Collectors.joining("; "));
        if (!listed.isEmpty()) {
            return listed;
        }
        String lower = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
        String name = field.toLowerCase(Locale.ROOT);
        return lower.contains("'" + name + "'") || lower.contains("(" + name + ")") ? detail : null;
    }

    /** True if this refusal is about the given form. */
    public boolean isFor(String name) {
        return form.equals(name);
    }
}
