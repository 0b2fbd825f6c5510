/** Who may take a case and how well they fit: the network's supporters as seen from its integration events, ranked with explanations. */
package nl.samenspel.coordinator.matching;
