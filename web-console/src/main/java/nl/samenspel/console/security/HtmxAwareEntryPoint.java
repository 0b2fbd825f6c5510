package nl.samenspel.console.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * A browser without a login goes to the identity provider; an htmx request without one (the session expired while
 * the page was open) gets {@code 401} with {@code HX-Refresh: true}, which makes htmx reload the whole page.
 */
final class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint browser;

    HtmxAwareEntryPoint(AuthenticationEntryPoint browser) {
        this.browser = browser;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Refresh", "true");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            browser.commence(request, response, e);
        }
    }
}
