package nl.samenspel.platform.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The issuer's login form, in Dutch with an English line under each label, accessible (labels, a heading, visible
 * focus, the error announced). The issuer has no template engine: it is one small, fixed page.
 */
@Controller
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = request.getParameter("error") != null;
        boolean loggedOut = request.getParameter("logout") != null;
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Inloggen – Samenspel</title>
                  <style>
                    body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 1.125rem; line-height: 1.5;
                           color: #1a1a1a; background: #f3f3f3; margin: 0; }
                    main { max-width: 28rem; margin: 3rem auto; background: #fff; padding: 2rem; border: 1px solid #8a8a8a; }
                    h1 { font-size: 1.75rem; margin-top: 0; }
                    label { display: block; font-weight: bold; margin-top: 1rem; }
                    input { font: inherit; width: 100%%; box-sizing: border-box; padding: .5rem; border: 2px solid #4a4a4a; }
                    button { font: inherit; margin-top: 1.5rem; padding: .6rem 1.4rem; background: #01689b; color: #fff;
                             border: 2px solid #01689b; cursor: pointer; }
                    :focus-visible { outline: 3px solid #000; outline-offset: 2px; box-shadow: 0 0 0 6px #ffbf47; }
                    .error { color: #a50e0e; font-weight: bold; }
                  </style>
                </head>
                <body>
                <main>
                  <h1>Inloggen bij Samenspel</h1>
                  %s
                  <form method="post" action="/login">
                    <label for="username">Gebruikersnaam</label>
                    <input id="username" name="username" autocomplete="username" required autofocus>
                    <label for="password">Wachtwoord</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">Inloggen</button>
                  </form>
                </main>
                </body>
                </html>
                """.formatted(failed ? "<p class=\"error\" role=\"alert\">Gebruikersnaam of wachtwoord klopt niet.</p>"
                        : loggedOut ? "<p role=\"status\">U bent uitgelogd.</p>" : "",
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
