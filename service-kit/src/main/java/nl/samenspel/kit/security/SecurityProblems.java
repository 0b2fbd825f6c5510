package nl.samenspel.kit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.kit.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;

import java.io.IOException;

/**
 * Answers refused requests before they reach a controller as problem+json, keeping the standard
 * {@code WWW-Authenticate} header that tells clients why their token was refused.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    private final ObjectMapper objectMapper;

    SecurityProblems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        bearerEntryPoint.commence(request, response, e);
        String detail = request.getHeader("Authorization") == null
                ? "This API needs a bearer token: send 'Authorization: Bearer <token>' with a token from the network's identity provider."
                : "The bearer token was refused (" + e.getMessage() + "); get a new token from the identity provider.";
        write(response, HttpStatus.UNAUTHORIZED, Problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated", detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        bearerAccessDenied.handle(request, response, e);
        write(response, HttpStatus.FORBIDDEN, Problems.forbidden());
    }

    /** A URL the firewall refuses (e.g. with ';', '//' or an encoded slash): answered as every other bad request. */
    void rejected(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e) throws IOException {
        write(response, HttpStatus.BAD_REQUEST, Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The URL contains characters this API never accepts (such as ';', '//', '..', an encoded slash or a"
                        + " control character); send plain ids."));
    }

    private void write(HttpServletResponse response, HttpStatus status, Object problem) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
