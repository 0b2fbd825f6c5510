/** What the service tells a party about its subscriptions (a webhook failing, disabled); channels listen here. */
package nl.samenspel.notification.alert;
