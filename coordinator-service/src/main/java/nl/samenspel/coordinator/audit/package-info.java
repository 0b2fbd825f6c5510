/** The append-only audit log of reads and erasures of residents' personal data (in the spirit of NEN 7513). */
package nl.samenspel.coordinator.audit;
