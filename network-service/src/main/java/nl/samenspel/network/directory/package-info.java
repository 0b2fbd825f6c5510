/**
 * Reading the network: directory search, the coverage matrix (and the gap reviews it drives), and organisation
 * and supporter detail with their history.
 */
package nl.samenspel.network.directory;
