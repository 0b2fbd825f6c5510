/** The services' public APIs as the console calls them, with the logged-in person's token. */
package nl.samenspel.console.api;
