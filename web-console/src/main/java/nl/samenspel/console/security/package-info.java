/** Login at the identity provider (authorization code with PKCE), CSRF, and who the logged-in person is. */
package nl.samenspel.console.security;
