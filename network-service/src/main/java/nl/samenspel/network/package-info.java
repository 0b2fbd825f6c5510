/** The network-service: membership of the regional network and its social map (sociale kaart). */
package nl.samenspel.network;
