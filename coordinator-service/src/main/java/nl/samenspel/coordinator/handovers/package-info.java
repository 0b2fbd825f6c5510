/**
 * Handovers of a case: the owner asks for one (warm with a sealed summary, only with the resident's consent), the
 * receiving organisation answers, and reads the summary while the consent holds.
 */
package nl.samenspel.coordinator.handovers;
