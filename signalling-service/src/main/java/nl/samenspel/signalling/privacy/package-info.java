/** Finding personal data (BSN, phone numbers, e-mail addresses, dates of birth) in free text before it is stored. */
package nl.samenspel.signalling.privacy;
