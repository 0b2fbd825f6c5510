/** Facts published by the network-service. */
package nl.samenspel.events.network;
