package nl.samenspel.console.web;

import nl.samenspel.console.security.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: each person lands where their work is. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser user) {
        Person person = Person.of(user);
        if (person.isCoordinator()) {
            return "redirect:/queue";
        }
        if (person.isOrganisation()) {
            return "redirect:/inbox";
        }
        if (person.isSupporter()) {
            return "redirect:/my-cases";
        }
        if (person.isMunicipality()) {
            return "redirect:/dashboard";
        }
        if (person.isAdministrator()) {
            return "redirect:/operations/dead-letters";
        }
        return "welcome";
    }
}
