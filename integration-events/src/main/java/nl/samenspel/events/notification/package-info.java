/**
 * Facts published by the notification-service about the parties it delivers to.
 *
 * <h2>Topics and keys</h2>
 * <ul>
 *   <li>{@code notification.organisation-reachability.v1}, key organisation id: {@link OrganisationUnreachable},
 *       {@link OrganisationReachable}. An organisation is unreachable from its first {@link OrganisationUnreachable}
 *       until the next {@link OrganisationReachable}; read by the coordinator-service.</li>
 * </ul>
 */
package nl.samenspel.events.notification;
