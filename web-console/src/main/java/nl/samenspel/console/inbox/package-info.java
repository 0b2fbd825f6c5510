/** An organisation's inbox of offers and handovers, its supporters and its open cases. */
package nl.samenspel.console.inbox;
