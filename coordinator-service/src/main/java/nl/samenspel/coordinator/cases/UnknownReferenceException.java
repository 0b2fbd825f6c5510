package nl.samenspel.coordinator.cases;

import nl.samenspel.kit.domain.Refusal;
import nl.samenspel.kit.domain.RefusedException;

/** The reference names no case (or summary) of the region; only the coordinator learns this, see {@link EntitledCases}. */
class UnknownReferenceException extends RefusedException {

    UnknownReferenceException(String message) {
        super(Refusal.NOT_FOUND, message);
    }
}
