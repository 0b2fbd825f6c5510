package nl.samenspel.kit.testservice;

/** The answer to an idempotent tally request: a new id for every run of the command, the same one for a replay. */
public record TallyReceipt(String receiptId) {
}
