package nl.samenspel.coordinator.vault;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.samenspel.coordinator.cases.AccessAudit;
import nl.samenspel.coordinator.cases.ResidentPseudonym;
import nl.samenspel.kit.text.FreeText;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/**
 * A resident's personal details, by pseudonym: registered and read by the network coordinator only (every read names
 * its reason and is audited with the token's subject), erased by the coordinator or the network administrator
 * (erasure destroys the resident's data key). Nothing here logs or echoes the details themselves.
 */
@RestController
public class PersonalDetailsController {

    private final PersonalDetailsVault vault;
    private final AccessAudit audit;

    PersonalDetailsController(PersonalDetailsVault vault, AccessAudit audit) {
        this.vault = vault;
        this.audit = audit;
    }

    @PreAuthorize(Access.COORDINATOR)
    @PutMapping("/residents/{pseudonym}/personal-details")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public ResponseEntity<Void> store(@PathVariable String pseudonym,
                                      @Valid @RequestBody PersonalDetails details, Caller caller) {
        vault.store(ResidentPseudonym.require(pseudonym), details);
        audit.record(caller, AccessAudit.WRITE_PERSONAL_DETAILS, pseudonym, null, null, "registering the resident's details");
        return ResponseEntity.noContent().build();
    }

    @PreAuthorize(Access.COORDINATOR)
    @GetMapping("/residents/{pseudonym}/personal-details")
    public PersonalDetails read(@PathVariable String pseudonym,
                                @RequestParam @NotBlank @Size(max = 500) String reason, Caller caller) {
        FreeText.requireSentences("reason", reason);
        PersonalDetails details = vault.find(ResidentPseudonym.require(pseudonym))
                .orElseThrow(() -> new NotFoundException("No personal details for resident " + pseudonym
                        + " (never registered, or erased)."));
        audit.record(caller, AccessAudit.READ_PERSONAL_DETAILS, pseudonym, null, null, reason);
        return details;
    }

    /** Erasure: the details and the resident's data key are destroyed; sealed free text everywhere becomes unreadable. */
    @PreAuthorize(Access.COORDINATOR_OR_ADMINISTRATOR)
    @DeleteMapping("/residents/{pseudonym}/personal-details")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public ResponseEntity<Void> erase(@PathVariable String pseudonym,
                                      @RequestParam(defaultValue = "the resident's request for erasure") @Size(max = 500) String reason,
                                      Caller caller) {
        FreeText.requireSentences("reason", reason);
        vault.erase(ResidentPseudonym.require(pseudonym));
        audit.record(caller, AccessAudit.ERASE_PERSONAL_DATA, pseudonym, null, null, reason);
        return ResponseEntity.noContent().build();
    }
}
