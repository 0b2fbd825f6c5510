/** Individual signals (signalen) filed by supporters: filing with a privacy check, their status and their views. */
package nl.samenspel.signalling.signal;
