/** Supporters (cliëntondersteuners): registration under an organisation, profile, availability and registration lapses. */
package nl.samenspel.network.supporter;
