/** The signalling-service: signals, collective signals and privacy-safe monitoring for municipalities. */
package nl.samenspel.signalling;
