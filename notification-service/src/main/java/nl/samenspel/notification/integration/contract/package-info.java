/** Serves the published contract: the AsyncAPI document of every topic and of the webhook deliveries. */
package nl.samenspel.notification.integration.contract;
