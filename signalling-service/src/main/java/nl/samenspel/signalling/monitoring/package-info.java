/** Monitoring for the municipality: case and network facts counted per municipality and period, protected, as JSON, CSV and HTML. */
package nl.samenspel.signalling.monitoring;
