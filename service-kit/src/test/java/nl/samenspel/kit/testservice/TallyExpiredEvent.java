package nl.samenspel.kit.testservice;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TallyExpiredEvent(String tallyId) {
}
