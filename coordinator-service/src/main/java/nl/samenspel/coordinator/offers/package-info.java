/** Offers of a case: the coordinator dispatches and withdraws them, the offered organisation accepts or declines. */
package nl.samenspel.coordinator.offers;
