/** Facts published by the signalling-service. */
package nl.samenspel.events.signalling;
