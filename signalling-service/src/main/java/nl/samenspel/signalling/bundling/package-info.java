/** How individual signals become collective signals (the bundling rule) and how answers flow back to them. */
package nl.samenspel.signalling.bundling;
