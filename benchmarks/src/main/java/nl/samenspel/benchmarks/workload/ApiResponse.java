package nl.samenspel.benchmarks.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.UncheckedIOException;

/**
 * A service's answer.
 *
 * @param request          method and path
 * @param status           HTTP status, 0 when the request failed on the wire
 * @param nanos            from sending the request to having the whole answer
 * @param completedAtNanos {@link System#nanoTime()} when the answer was complete
 */
public record ApiResponse(String request, int status, String body, long nanos, long completedAtNanos) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonNode json() {
        try {
            return Api.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
