/** Reads, from an organisation's stored events, the offers and handover requests it must answer and their answers. */
package nl.samenspel.notification.integration.offer;
