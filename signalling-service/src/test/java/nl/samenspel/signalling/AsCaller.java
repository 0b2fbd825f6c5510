package nl.samenspel.signalling;

import nl.samenspel.local.test.TestTokenIssuer;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Requests with a caller's bearer token from the test issuer, as every client of the API sends them. */
public final class AsCaller {

    public static final TestTokenIssuer TOKENS = TestTokenIssuer.get();

    private AsCaller() {
    }

    /** A request carrying this token and, when not {@code null}, this JSON body. */
    public static HttpEntity<Object> request(String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return new HttpEntity<>(body, headers);
    }
}
