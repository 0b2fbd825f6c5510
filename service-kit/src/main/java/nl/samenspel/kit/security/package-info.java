/**
 * Who calls: every API takes an OAuth2 bearer JWT from the network's identity provider, validated here, and turned
 * into a {@link nl.samenspel.kit.security.Caller} that controllers use to decide what the caller may see and do.
 */
package nl.samenspel.kit.security;
