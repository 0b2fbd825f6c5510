/**
 * E-mail alerts: a party's verified contact address hears of a new offer or handover, of one still unanswered halfway
 * to its deadline and of a failing webhook subscription. Mails name the kind, the deadline and a link, never a person.
 */
package nl.samenspel.notification.email;
