package nl.samenspel.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.security.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs (who is logged in, the page's own address for the language switch), and the page
 * for an API refusal no form handled: a readable explanation, never a stack trace.
 */
@ControllerAdvice
class PageAdvice {

    @ModelAttribute("person")
    Person person(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : Person.of(user);
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(ApiProblem.class)
    String refused(ApiProblem problem, Model model, HttpServletResponse response, @AuthenticationPrincipal OidcUser user,
                   HttpServletRequest request) {
        model.addAttribute("person", user == null ? null : Person.of(user));
        model.addAttribute("requestPath", request.getRequestURI());
        model.addAttribute("problem", problem);
        response.setStatus(problem.notFoundOrNotYours() ? 404 : problem.status() >= 500 ? 502 : problem.status());
        return problem.notFoundOrNotYours() ? "not-found" : "refused";
    }
}
