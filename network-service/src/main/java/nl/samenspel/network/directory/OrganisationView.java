package nl.samenspel.network.directory;

import java.time.LocalDate;
import java.util.List;

/** An organisation as the directory shows it; {@code statusReason} is the reason of the last status change. */
public record OrganisationView(String organisationId, String name, String kvkNumber, String kind, String status,
                               String statusReason, List<String> municipalities, String contactPoint,
                               List<String> careDelivered, LocalDate covenantSignedOn, int openCases,
                               int activeSupporters) {
}
