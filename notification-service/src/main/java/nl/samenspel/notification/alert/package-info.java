/**
 * What the service tells a party about, as Spring application events published in the transaction that caused them:
 * an event received, a delivery taken, a webhook failing, a delivery failed, a subscription disabled. An alert channel listens to them
 * (with {@code @TransactionalEventListener}, so nothing is sent for what was rolled back).
 */
package nl.samenspel.notification.alert;
