/** The local run's token issuer: Spring Authorization Server with one demo account per role, and a client for its tokens. */
package nl.samenspel.platform.identity;
