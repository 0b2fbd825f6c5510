package nl.samenspel.notification.webhook;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.ForbiddenException;
import nl.samenspel.kit.web.RequestLog;
import nl.samenspel.notification.NotificationConflictException;
import nl.samenspel.notification.NotificationProperties;
import nl.samenspel.notification.NotificationRuleException;
import nl.samenspel.notification.party.Party;
import nl.samenspel.notification.receiver.ReceiverAddresses;
import nl.samenspel.notification.receiver.RefusedReceiverException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A party's own webhook subscriptions: an organisation's staff manage their organisation's, a municipality's people
 * their municipality's. Another party's subscription is answered as one that does not exist: 403. Every POST is done
 * once per caller and {@code Idempotency-Key} (the kit's {@link RequestLog}); a repeat gets the first answer.
 */
@RestController
@RequestMapping("/webhook-subscriptions")
@PreAuthorize(Access.ORGANISATION_OR_MUNICIPALITY)
class SubscriptionController {

    private static final Set<String> OWN_TYPES = Set.of(ReceiverVerification.TEST_TYPE);

    private final WebhookSubscriptions subscriptions;
    private final ReceiverVerification verification;
    private final Deliveries deliveries;
    private final ReceiverAddresses addresses;
    private final TransactionTemplate transactions;
    private final Departures departures;
    private final NotificationProperties properties;
    private final SigningSecrets secrets;
    private final RequestLog requestLog;

    SubscriptionController(WebhookSubscriptions subscriptions, ReceiverVerification verification, Deliveries deliveries,
                           ReceiverAddresses addresses, TransactionTemplate transactions, Departures departures,
                           NotificationProperties properties, SigningSecrets secrets, RequestLog requestLog) {
        this.subscriptions = subscriptions;
        this.verification = verification;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.transactions = transactions;
        this.departures = departures;
        this.properties = properties;
        this.secrets = secrets;
        this.requestLog = requestLog;
    }

    /**
     * An answer holding a signing secret as the request log keeps it for a repeated request: sealed like the stored
     * secret, so that the log never holds one in plain text.
     */
    record SealedAnswer(SubscriptionView subscription, String sealedSecret) {
    }

    /** A test event on its way. */
    record SentTestEvent(String eventId) {
    }

    /** How many failed deliveries are on their way again. */
    record Resent(int resent) {
    }

    /**
     * Registers a subscription and verifies its receiver at once: active if it answers the handshake, otherwise
     * unverified until the code in its verification event is confirmed. The signing secret is in this answer only.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedSubscription> register(@RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                                 @Valid @RequestBody SubscriptionRequest request, Caller caller,
                                                 HttpServletRequest http) {
        Party party = Party.of(caller);
        String url = checked(request.url());
        List<String> types = checkedTypes(request.types());
        SealedAnswer answer = once(key, http, SealedAnswer.class, () -> {
            UUID id = UUID.randomUUID();
            String secret = transactions.execute(status -> {
                refuseIfDeparted(party);
                if (subscriptions.lockAndCount(party) >= properties.maxSubscriptionsPerParty()) {
                    throw new NotificationRuleException("A party may have at most " + properties.maxSubscriptionsPerParty()
                            + " webhook subscriptions; delete one first.");
                }
                return subscriptions.create(id, party, url, types);
            });
            verify(id, url);
            return sealed(id, secret);
        }).getBody();
        return ResponseEntity.created(URI.create("/webhook-subscriptions/" + answer.subscription().id())).body(unsealed(answer));
    }

    @GetMapping
    List<SubscriptionView> list(Caller caller) {
        return subscriptions.of(Party.of(caller)).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{id}")
    SubscriptionView get(@PathVariable UUID id, Caller caller) {
        return SubscriptionView.of(own(id, caller));
    }

    /**
     * Changes the URL and types. A new URL, or a change to a disabled subscription, is verified again before any event
     * goes to it.
     */
    @PutMapping("/{id}")
    SubscriptionView change(@PathVariable UUID id, @Valid @RequestBody SubscriptionRequest request, Caller caller) {
        WebhookSubscription subscription = own(id, caller);
        String url = checked(request.url());
        boolean verifyAgain = !url.equals(subscription.url()) || subscription.status() == SubscriptionStatus.DISABLED;
        if (verifyAgain) {
            refuseIfDeparted(subscription.party());
        }
        subscriptions.change(id, url, checkedTypes(request.types()), verifyAgain);
        if (verifyAgain) {
            verify(id, url);
        }
        return view(id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Caller caller) {
        own(id, caller);
        subscriptions.delete(id);
    }

    /** Confirms the one-time code of the verification event; the subscription is active from then on. */
    @PostMapping("/{id}/verification")
    ResponseEntity<SubscriptionView> confirm(@PathVariable UUID id,
                                             @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                             @Valid @RequestBody VerificationRequest request, Caller caller,
                                             HttpServletRequest http) {
        return once(key, http, SubscriptionView.class, () -> {
            WebhookSubscription subscription = own(id, caller);
            if (subscription.status() != SubscriptionStatus.UNVERIFIED) {
                throw new NotificationConflictException("This subscription is " + subscription.status()
                        + ", not waiting for verification.", SubscriptionView.of(subscription));
            }
            if (!verification.confirm(id, request.code())) {
                throw new NotificationRuleException("That is not the code sent to this subscription's receiver.");
            }
            return ResponseEntity.ok(view(id));
        });
    }

    /** Verifies an unverified subscription's receiver again: a new handshake, or a new code. */
    @PostMapping("/{id}/verification-request")
    ResponseEntity<SubscriptionView> verifyAgain(@PathVariable UUID id,
                                                 @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                                 Caller caller, HttpServletRequest http) {
        return once(key, http, SubscriptionView.class, () -> {
            WebhookSubscription subscription = own(id, caller);
            if (subscription.status() != SubscriptionStatus.UNVERIFIED) {
                throw new NotificationConflictException("This subscription is " + subscription.status()
                        + "; change it to verify it again.", SubscriptionView.of(subscription));
            }
            verify(id, subscription.url());
            return ResponseEntity.ok(view(id));
        });
    }

    /** A new signing secret, shown once; the previous one signs too for the rotation overlap (24 h). */
    @PostMapping("/{id}/secret-rotation")
    CreatedSubscription rotate(@PathVariable UUID id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                               Caller caller, HttpServletRequest http) {
        return unsealed(once(key, http, SealedAnswer.class, () -> {
            own(id, caller);
            return sealed(id, subscriptions.rotate(id, properties.delivery().rotationOverlap()));
        }).getBody());
    }

    /** Sends a signed test event to an active subscription's receiver. */
    @PostMapping("/{id}/test-events")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<SentTestEvent> test(@PathVariable UUID id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                       Caller caller, HttpServletRequest http) {
        return once(key, http, SentTestEvent.class, () -> {
            if (own(id, caller).status() != SubscriptionStatus.ACTIVE) {
                throw new NotificationRuleException("Only an active subscription gets test events; verify it first.");
            }
            return ResponseEntity.accepted().body(new SentTestEvent(verification.sendTest(id)));
        });
    }

    /** The subscription's deliveries in one status (FAILED unless asked otherwise), newest first, with every attempt. */
    @GetMapping("/{id}/deliveries")
    List<DeliveryView> deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "FAILED") DeliveryStatus status,
                                  @RequestParam(defaultValue = "100") int limit, Caller caller) {
        own(id, caller);
        return deliveries.of(id, status, Math.max(1, Math.min(limit, 1000)));
    }

    /** Sends one failed delivery of this subscription again, from a fresh schedule. */
    @PostMapping("/{id}/deliveries/{delivery}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Void> resend(@PathVariable UUID id, @PathVariable long delivery,
                                @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller,
                                HttpServletRequest http) {
        return once(key, http, Void.class, () -> {
            own(id, caller);
            if (!deliveries.resend(id, delivery)) {
                throw new NotificationConflictException("Delivery " + delivery + " of this subscription is not FAILED.", null);
            }
            return ResponseEntity.accepted().build();
        });
    }

    /** Sends every failed delivery of this subscription (and of no other) created since a moment again. */
    @PostMapping("/{id}/deliveries/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Resent> resendSince(@PathVariable UUID id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                       @Valid @RequestBody ResendRequest request, Caller caller, HttpServletRequest http) {
        return once(key, http, Resent.class, () -> {
            own(id, caller);
            return ResponseEntity.accepted().body(new Resent(deliveries.resendSince(id, request.since())));
        });
    }

    /** Runs {@code work} once per caller and key; the operation a key is bound to is the request's method and path. */
    private <T> ResponseEntity<T> once(String key, HttpServletRequest http, Class<T> answerType,
                                       Supplier<ResponseEntity<T>> work) {
        return requestLog.once(key, http.getMethod() + " " + http.getRequestURI(), answerType, work);
    }

    private ResponseEntity<SealedAnswer> sealed(UUID id, String secret) {
        return ResponseEntity.ok(new SealedAnswer(view(id), Base64.getEncoder().encodeToString(secrets.seal(id, secret))));
    }

    private CreatedSubscription unsealed(SealedAnswer answer) {
        UUID id = answer.subscription().id();
        return new CreatedSubscription(answer.subscription(), secrets.unseal(id, Base64.getDecoder().decode(answer.sealedSecret())));
    }

    private WebhookSubscription own(UUID id, Caller caller) {
        return subscriptions.find(id, Party.of(caller)).orElseThrow(() -> new ForbiddenException(
                "Webhook subscription " + id + " does not exist or is another party's"));
    }

    private SubscriptionView view(UUID id) {
        return SubscriptionView.of(subscriptions.find(id).orElseThrow());
    }

    private void verify(UUID id, String url) {
        transactions.executeWithoutResult(status -> verification.verify(id, url));
    }

    private String checked(String url) {
        try {
            return addresses.check(url.trim()).toString();
        } catch (RefusedReceiverException e) {
            throw new NotificationRuleException(e.getMessage());
        }
    }

    private static List<String> checkedTypes(List<String> types) {
        if (types == null) {
            return null;
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("types must name at least one event type, or be left out for every type.");
        }
        for (String type : types) {
            if (IntegrationEvents.typeOf(type).isEmpty() && !OWN_TYPES.contains(type)) {
                throw new IllegalArgumentException("Unknown event type '" + type + "'.");
            }
        }
        return WebhookSubscriptions.normalised(types);
    }

    private void refuseIfDeparted(Party party) {
        if (departures.hasLeft(party)) {
            throw new NotificationRuleException("This organisation has left the network; it cannot receive events any more.");
        }
    }
}
