package nl.samenspel.console.api;

import java.util.List;
import java.util.Map;

/**
 * A refusal from a service's API (its problem+json), carried to the page that called it: the status, the API's own
 * explanation and, for invalid input, the message per field. Pages show it next to the form or field concerned.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;

    public ApiProblem(int status, String title, String detail, Map<String, String> fieldErrors) {
        super(status + " " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = fieldErrors;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The API's sentence explaining the refusal. */
    public String detail() {
        return detail;
    }

    /** For invalid input: the API's message per field name of the request body. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** True if the thing is not there or not the caller's (the API does not say which to anyone but the coordinator). */
    public boolean notFoundOrNotYours() {
        return status == 403 || status == 404;
    }

    static Map<String, String> fieldErrors(List<Map<String, String>> errors) {
        Map<String, String> byField = new java.util.LinkedHashMap<>();
        if (errors != null) {
            errors.forEach(error -> byField.merge(error.get("field"), error.get("message"), (a, b) -> a + "; " + b));
        }
        return byField;
    }
}
