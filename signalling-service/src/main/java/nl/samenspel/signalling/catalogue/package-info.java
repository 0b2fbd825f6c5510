/** The configured vocabulary: the network's municipalities, the signal category taxonomy, life domains and target groups. */
package nl.samenspel.signalling.catalogue;
