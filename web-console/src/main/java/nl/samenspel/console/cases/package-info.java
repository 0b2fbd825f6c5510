/** A case's page and every action on it, for the coordinator, organisations' staff and supporters. */
package nl.samenspel.console.cases;
