/** The resident's consent to share a warm-handover summary with one organisation: recording and withdrawing it. */
package nl.samenspel.coordinator.consent;
