package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** A case has one experience of the resident, so monitoring counts each resident once. Answered 409. */
class ExperienceAlreadyRecordedException extends RefusedException {

    public ExperienceAlreadyRecordedException(String caseReference) {
        super(Refusal.CONFLICT, "The resident's experience of case " + caseReference + " is already recorded; a case has one experience,"
                + " so it cannot be recorded again or changed.");
    }
}
