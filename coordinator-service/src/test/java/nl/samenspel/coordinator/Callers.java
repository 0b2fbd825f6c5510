package nl.samenspel.coordinator;

import nl.samenspel.local.test.TestTokenIssuer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Request headers of each kind of caller: a JSON body and a real bearer token from the test issuer. */
final class Callers {

    static final TestTokenIssuer TOKENS = TestTokenIssuer.get();

    private Callers() {
    }

    static HttpHeaders coordinator() {
        return bearer(TOKENS.coordinator());
    }

    static HttpHeaders administrator() {
        return bearer(TOKENS.administrator());
    }

    static HttpHeaders organisation(String organisationId) {
        return bearer(TOKENS.organisation(organisationId));
    }

    static HttpHeaders supporter(String organisationId, String supporterId) {
        return bearer(TOKENS.supporter(organisationId, supporterId));
    }

    static HttpHeaders municipality(String municipalityCode) {
        return bearer(TOKENS.municipality(municipalityCode));
    }

    /** JSON headers with this token, or without any token when it is {@code null}. */
    static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }

    static HttpHeaders with(HttpHeaders headers, String name, String value) {
        headers.set(name, value);
        return headers;
    }
}
