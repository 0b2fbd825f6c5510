/**
 * What a service's domain throws when it refuses a command, without knowing about HTTP: the kit's web layer answers
 * every {@link nl.samenspel.kit.domain.RefusedException} as problem+json with the status its
 * {@link nl.samenspel.kit.domain.Refusal} stands for.
 */
package nl.samenspel.kit.domain;
