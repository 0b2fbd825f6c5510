package nl.samenspel.console.api;

/** A warm handover's three-part summary, as read (and audited) through {@code GET /handovers/{id}}. */
public record HandoverSummary(String handoverId, String caseReference, Summary summary, boolean erased) {

    /** The summary's three parts. */
    public record Summary(String questionSoFar, String agreementsMade, String nextSteps) {
    }
}
