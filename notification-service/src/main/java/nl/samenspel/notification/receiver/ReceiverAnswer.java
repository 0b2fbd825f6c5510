package nl.samenspel.notification.receiver;

import java.util.Map;

/**
 * What a receiver answered, or why it did not.
 *
 * @param status  the HTTP status, or {@code 0} when there was no answer (refused address, timeout, connection failure)
 * @param headers the answer's headers, names in lower case (first value of each)
 * @param body    the start of the answer's body, at most the configured number of bytes
 * @param error   why there was no answer; {@code null} when there was one
 */
public record ReceiverAnswer(int status, Map<String, String> headers, String body, String error) {

    public static ReceiverAnswer none(String error) {
        return new ReceiverAnswer(0, Map.of(), "", error);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
