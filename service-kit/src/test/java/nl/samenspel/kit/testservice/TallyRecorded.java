package nl.samenspel.kit.testservice;

/** Contract record of the test service. */
public record TallyRecorded(String tallyId, int amount) {
}
