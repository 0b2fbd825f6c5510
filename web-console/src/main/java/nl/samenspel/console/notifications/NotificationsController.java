package nl.samenspel.console.notifications;

import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.console.api.ApiProblem;
import nl.samenspel.console.api.NotificationApi;
import nl.samenspel.console.api.WebhookDelivery;
import nl.samenspel.console.api.WebhookSecret;
import nl.samenspel.console.api.WebhookSubscription;
import nl.samenspel.console.web.Entered;
import nl.samenspel.console.web.FormProblem;
import nl.samenspel.console.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.UUID;

/**
 * The notifications page of an organisation's or a municipality's staff: their party's webhook subscriptions and its
 * alert address, all through the notification-service's API with the person's own token (the service takes the party
 * from it). A new or rotated signing secret is shown in the answer to that request only, never kept by the console.
 * The service decides on every input; its refusal is shown at the form that sent it.
 */
@Controller
class NotificationsController {

    private static final String PAGE = "notifications";
    /** The form field carrying the page's request key. */
    private static final String REQUEST_KEY = "requestKey";
    private static final int FAILED_SHOWN = 20;

    private final NotificationApi notifications;
    private final Formats formats;

    NotificationsController(NotificationApi notifications, Formats formats) {
        this.notifications = notifications;
        this.formats = formats;
    }

    /** The page; {@code delete} names a subscription whose deletion is to be confirmed. */
    @GetMapping("/notifications")
    String page(@RequestParam(required = false) String delete, Model model) {
        model.addAttribute("confirmDelete", delete);
        return filled(model, null, Entered.empty(), null);
    }

    @PostMapping("/notifications/webhooks")
    String register(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        Entered entered = new Entered(new LinkedMultiValueMap<>(form));
        try {
            WebhookSecret created = notifications.register(entered.text("url"), entered.chosen("types"),
                    form.getFirst(REQUEST_KEY));
            model.addAttribute("secretKind", "created");
            return filled(model, null, Entered.empty(), created);
        } catch (ApiProblem refused) {
            return refused(model, response, FormProblem.of("webhook-new", refused), entered);
        }
    }

    @PostMapping("/notifications/webhooks/{id}")
    String change(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response) {
        Entered entered = new Entered(new LinkedMultiValueMap<>(form));
        return done(() -> notifications.change(id, entered.text("url"), entered.chosen("types")), "changed",
                "change-" + id, entered, model, response);
    }

    @PostMapping("/notifications/webhooks/{id}/verification")
    String confirm(@PathVariable String id, @RequestParam(required = false) String code, Model model,
                   HttpServletResponse response) {
        return done(() -> notifications.confirm(id, code == null ? "" : code.trim()), "verified", "verify-" + id,
                Entered.empty(), model, response);
    }

    @PostMapping("/notifications/webhooks/{id}/verification-request")
    String verifyAgain(@PathVariable String id, Model model, HttpServletResponse response) {
        return done(() -> notifications.verifyAgain(id), "verificationRequested", "verify-" + id, Entered.empty(), model,
                response);
    }

    @PostMapping("/notifications/webhooks/{id}/secret-rotation")
    String rotate(@PathVariable String id, @RequestParam(name = REQUEST_KEY, required = false) String requestKey,
                  Model model, HttpServletResponse response) {
        try {
            WebhookSecret rotated = notifications.rotateSecret(id, requestKey);
            model.addAttribute("secretKind", "rotated");
            return filled(model, null, Entered.empty(), rotated);
        } catch (ApiProblem refused) {
            return refused(model, response, FormProblem.of("manage-" + id, refused), Entered.empty());
        }
    }

    @PostMapping("/notifications/webhooks/{id}/test-event")
    String test(@PathVariable String id, Model model, HttpServletResponse response) {
        return done(() -> notifications.sendTestEvent(id), "testSent", "manage-" + id, Entered.empty(), model, response);
    }

    @PostMapping("/notifications/webhooks/{id}/deletion")
    String delete(@PathVariable String id, Model model, HttpServletResponse response) {
        return done(() -> notifications.delete(id), "deleted", "manage-" + id, Entered.empty(), model, response);
    }

    @PostMapping("/notifications/webhooks/{id}/deliveries/{delivery}/resend")
    String resend(@PathVariable String id, @PathVariable long delivery, Model model, HttpServletResponse response) {
        return done(() -> notifications.resend(id, delivery), "resent", "resend-" + id, Entered.empty(), model, response);
    }

    @PostMapping("/notifications/webhooks/{id}/deliveries/resend")
    String resendSince(@PathVariable String id, @RequestParam(required = false) String since, Model model,
                       HttpServletResponse response, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("resentCount", notifications.resendSince(id, formats.networkTime(since)));
            return "redirect:/notifications?done=resentSince#webhook-" + id;
        } catch (ApiProblem refused) {
            return refused(model, response, FormProblem.of("resend-" + id, refused), Entered.empty());
        }
    }

    @PostMapping("/notifications/alert-contact")
    String setAlertContact(@RequestParam(required = false) String email, Model model, HttpServletResponse response) {
        LinkedMultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        typed.add("email", email);
        return done(() -> notifications.setAlertContact(email == null ? "" : email.trim()), "alertCodeSent", "alert",
                new Entered(typed), model, response);
    }

    @PostMapping("/notifications/alert-contact/verification")
    String verifyAlertContact(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        return done(() -> notifications.verifyAlertContact(code == null ? "" : code.trim()), "alertVerified",
                "alert-verify", Entered.empty(), model, response);
    }

    @PostMapping("/notifications/alert-contact/removal")
    String removeAlertContact(Model model, HttpServletResponse response) {
        return done(notifications::removeAlertContact, "alertRemoved", "alert", Entered.empty(), model, response);
    }

    /** Calls the service; on success back to the page with what was done, on a refusal the page with the refusal. */
    private String done(Runnable call, String done, String form, Entered entered, Model model, HttpServletResponse response) {
        try {
            call.run();
            return "redirect:/notifications?done=" + done;
        } catch (ApiProblem refused) {
            return refused(model, response, FormProblem.of(form, refused), entered);
        }
    }

    private String refused(Model model, HttpServletResponse response, FormProblem problem, Entered entered) {
        if (problem.status() == 403 || problem.status() == 404) {
            response.setStatus(404);
            return "not-found";
        }
        response.setStatus(problem.status() >= 500 ? 502 : 422);
        model.addAttribute("formProblem", problem);
        return filled(model, problem, entered, null);
    }

    /**
     * The page's model: every subscription with its last delivery and failed deliveries, the alert address, what the
     * refused form held, and a secret shown this once.
     */
    private String filled(Model model, FormProblem problem, Entered entered, WebhookSecret secret) {
        List<WebhookRow> rows = notifications.subscriptions().stream().map(subscription -> row(subscription, problem, entered))
                .toList();
        model.addAttribute("webhooks", rows);
        model.addAttribute("alertContact", notifications.alertContact().orElse(null));
        // The add and alert forms show what was typed only when it was theirs that the service refused.
        boolean theirs = problem != null && (problem.isFor("webhook-new") || problem.isFor("alert"));
        model.addAttribute("entered", theirs ? entered : Entered.empty());
        model.addAttribute("secret", secret);
        // A fresh key per page: the forms that answer with a secret send it, so sending one of them again (a reload)
        // gets the same answer rather than a second subscription or rotation.
        model.addAttribute(REQUEST_KEY, UUID.randomUUID().toString());
        return PAGE;
    }

    private WebhookRow row(WebhookSubscription subscription, FormProblem problem, Entered entered) {
        List<WebhookDelivery> delivered = notifications.deliveries(subscription.id(), "DELIVERED", 1);
        List<WebhookDelivery> failed = notifications.deliveries(subscription.id(), "FAILED", FAILED_SHOWN);
        boolean refusedHere = problem != null && problem.isFor("change-" + subscription.id());
        return new WebhookRow(subscription, delivered.isEmpty() ? null : delivered.get(0).finishedAt(), failed,
                refusedHere ? entered : asEntered(subscription));
    }

    private static Entered asEntered(WebhookSubscription subscription) {
        LinkedMultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("url", subscription.url());
        if (subscription.types() != null) {
            values.put("types", List.copyOf(subscription.types()));
        }
        return new Entered(values);
    }
}
