/**
 * Facts published by the coordinator-service: what happens to cases (a resident's support question), in three
 * streams with different audiences.
 *
 * <h2>Topics and keys</h2>
 * <ul>
 *   <li>{@code coordinator.case-lifecycle.v1}, key case reference, for monitoring (the signalling-service):
 *       {@link CaseOpened}, {@link CaseDispatched}, {@link CaseAccepted}, {@link CaseAcceptanceOverdue},
 *       {@link CaseEscalated}, {@link CaseDeescalated}, {@link CaseHandedOver}, {@link HoursLogged},
 *       {@link CaseClosed}, {@link CaseReopened}, {@link ExperienceRecorded}. Anonymised: no resident pseudonym
 *       and no free text. Every fact carries the municipality code and the time that decides the period it
 *       counts in, so counts per municipality and month need nothing else.</li>
 *   <li>{@code coordinator.handovers.<organisation-id>.v1}, one topic per member organisation, created when it
 *       is admitted, key case reference: {@link CaseOffered}, {@link OfferAccepted}, {@link OfferDeclined},
 *       {@link OfferExpired}, {@link HandoverRequested}, {@link HandoverAccepted}, {@link HandoverDeclined},
 *       {@link HandoverExpired}, {@link EscalationRequested}. Each is addressed to the topic's organisation
 *       ({@code organisationId}) and carries the resident's pseudonym but never personal data or a summary:
 *       the organisation fetches what it may see through {@code detailsLink} (a URL relative to the
 *       coordinator-service API). An organisation may replay its topic from the start.</li>
 *   <li>{@code coordinator.caseload.v1}, key organisation id: {@link CaseloadChanged}.</li>
 * </ul>
 *
 * <h2>Codes on the wire</h2>
 * Municipality, district, life domain, target group, support kind: as in {@code nl.samenspel.events.network}.
 * Other codes are listed in each field's documentation. Consumers must treat an unknown code as "other" rather
 * than fail: new codes may be added in a minor version.
 */
package nl.samenspel.events.coordinator;
