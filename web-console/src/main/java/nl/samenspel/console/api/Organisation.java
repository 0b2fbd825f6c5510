package nl.samenspel.console.api;

import java.util.List;

/** An organisation of the network as the network-service's directory lists it. */
public record Organisation(String organisationId, String name, String kvkNumber, String kind, String status,
                           String statusReason, List<String> municipalities, int openCases, int activeSupporters) {
}
