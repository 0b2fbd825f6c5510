/** Gaps in the offer (lacunes) per municipality: opened and closed as the coverage matrix changes. */
package nl.samenspel.network.coverage;
