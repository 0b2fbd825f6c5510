/** Collective signals (collectieve signalen) to a municipality: raising, merging, acknowledgement, answer, closing and their deadlines. */
package nl.samenspel.signalling.collective;
