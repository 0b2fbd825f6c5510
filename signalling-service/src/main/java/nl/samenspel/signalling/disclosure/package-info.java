/** Statistical disclosure control: no count small enough to recognise a resident leaves the service, directly or by subtraction. */
package nl.samenspel.signalling.disclosure;
