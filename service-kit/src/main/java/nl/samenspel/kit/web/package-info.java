/** HTTP conventions: problem+json errors, correlation ids, idempotent commands. */
package nl.samenspel.kit.web;
