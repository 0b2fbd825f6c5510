/**
 * The municipality's policy adviser: the dashboard of their own municipality's protected figures (charts drawn in the
 * browser from the tables beside them), and the collective signals addressed to it, to acknowledge and answer.
 */
package nl.samenspel.console.municipality;
