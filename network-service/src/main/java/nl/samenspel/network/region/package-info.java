/** The region the network covers: its municipalities and their districts, from configuration. */
package nl.samenspel.network.region;
