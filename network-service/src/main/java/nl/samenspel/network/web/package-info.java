/** How this service's controllers send commands: idempotent under retry, answered the same way everywhere. */
package nl.samenspel.network.web;
