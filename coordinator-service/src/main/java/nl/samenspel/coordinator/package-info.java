/** The coordinator-service: cases, dispatch, acceptance deadlines, handovers and escalation. */
package nl.samenspel.coordinator;
