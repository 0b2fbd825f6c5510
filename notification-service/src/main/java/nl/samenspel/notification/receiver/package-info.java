/** Which receiver addresses may be called: https only, no private or local addresses, resolved at every connection. */
package nl.samenspel.notification.receiver;
