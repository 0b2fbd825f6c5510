/** Facts published by the coordinator-service. */
package nl.samenspel.events.coordinator;
