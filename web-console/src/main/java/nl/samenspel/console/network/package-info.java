/** The coordinator's network pages: the organisations with their admission decisions, the supporters, and the coverage matrix. */
package nl.samenspel.console.network;
