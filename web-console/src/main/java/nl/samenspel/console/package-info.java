/** The web console: pages for the coordinator, organisations' staff and supporters over the services' public APIs. */
package nl.samenspel.console;
