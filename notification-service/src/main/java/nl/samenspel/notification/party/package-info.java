/** The party an event and a subscription belong to: an organisation or a municipality. */
package nl.samenspel.notification.party;
