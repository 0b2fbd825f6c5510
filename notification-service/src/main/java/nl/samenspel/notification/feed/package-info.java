/** The feed: a party's own events, kept at least 30 days, paged by cursor as a CloudEvents batch. */
package nl.samenspel.notification.feed;
