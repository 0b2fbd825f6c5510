/** A supporter's list of their own cases. */
package nl.samenspel.console.mycases;
