package nl.samenspel.console.queue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saves the queue's current filters as one of the coordinator's own quick links, and removes one. Both go back to the
 * queue; a link without a name, or one too many, is not saved and the queue page says why next to the name field.
 */
@Controller
class QuickLinkController {

    private final QuickLinks quickLinks;

    QuickLinkController(QuickLinks quickLinks) {
        this.quickLinks = quickLinks;
    }

    @PostMapping("/queue/quick-links")
    String save(@ModelAttribute QueueFilter filter, @RequestParam(defaultValue = "") String name,
                @AuthenticationPrincipal OidcUser user) {
        String back = "redirect:/queue?" + QuickLinks.filters(filter);
        if (name.isBlank() || name.length() > 200) {
            return back + "&quickLinkRefused=name";
        }
        if (quickLinks.of(user.getSubject()).size() >= QuickLinks.MAXIMUM) {
            return back + "&quickLinkRefused=maximum";
        }
        quickLinks.save(user.getSubject(), name, filter);
        return back + "&quickLinkSaved";
    }

    @PostMapping("/queue/quick-links/{id}/removal")
    String remove(@PathVariable String id, @AuthenticationPrincipal OidcUser user) {
        quickLinks.remove(user.getSubject(), id);
        return "redirect:/queue";
    }
}
