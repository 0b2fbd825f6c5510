/** The coordinator's work queue: new cases, offers awaiting acceptance, overdue, escalations, caseload and timelines. */
package nl.samenspel.coordinator.queue;
