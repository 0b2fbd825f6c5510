package nl.samenspel.notification.email;

import jakarta.validation.Valid;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.NotFoundException;
import nl.samenspel.notification.NotificationRuleException;
import nl.samenspel.notification.party.Party;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A party's own contact address for alerts, under {@code /alert-contact}: the caller's organisation or municipality,
 * never another's (there is no id to name one). Setting an address mails it a code; alerts go to it once the code is
 * entered at {@code /alert-contact/verification}.
 */
@RestController
class AlertContactController {

    private final AlertContacts contacts;
    private final AlertMails mails;
    private final AlertMailTexts texts;

    AlertContactController(AlertContacts contacts, AlertMails mails, AlertMailTexts texts) {
        this.contacts = contacts;
        this.mails = mails;
        this.texts = texts;
    }

    @GetMapping("/alert-contact")
    @PreAuthorize(Access.ORGANISATION_OR_MUNICIPALITY)
    AlertContactView get(Caller caller) {
        return contacts.find(Party.of(caller))
                .orElseThrow(() -> new NotFoundException("No alert contact address is set; PUT /alert-contact sets one."));
    }

    @PutMapping("/alert-contact")
    @PreAuthorize(Access.ORGANISATION_OR_MUNICIPALITY)
    @Transactional
    AlertContactView put(Caller caller, @Valid @RequestBody AlertContactRequest request) {
        Party party = Party.of(caller);
        contacts.change(party, request.email()).ifPresent(code -> mails.enqueue(party, AlertMailKind.VERIFICATION,
                request.email(), request.email(), texts.verification(code)));
        return contacts.find(party).orElseThrow();
    }

    @PostMapping("/alert-contact/verification")
    @PreAuthorize(Access.ORGANISATION_OR_MUNICIPALITY)
    @Transactional(noRollbackFor = NotificationRuleException.class)
    AlertContactView verify(Caller caller, @Valid @RequestBody VerificationRequest request) {
        Party party = Party.of(caller);
        switch (contacts.verify(party, request.code())) {
            case VERIFIED -> {
                return contacts.find(party).orElseThrow();
            }
            case WRONG_CODE -> throw new NotificationRuleException("That is not the code in the verification mail.");
            case EXPIRED -> throw new NotificationRuleException(
                    "The code has expired or was entered wrongly too often; PUT /alert-contact again for a new one.");
            default -> throw new NotificationRuleException("There is no address waiting for verification.");
        }
    }

    @DeleteMapping("/alert-contact")
    @PreAuthorize(Access.ORGANISATION_OR_MUNICIPALITY)
    ResponseEntity<Void> delete(Caller caller) {
        if (!contacts.delete(Party.of(caller))) {
            throw new NotFoundException("No alert contact address is set.");
        }
        return ResponseEntity.noContent().build();
    }
}
