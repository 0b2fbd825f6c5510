package nl.samenspel.kit.web;

import nl.samenspel.kit.domain.Refusal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a handler method, the refusals its API document cannot derive: a read that answers 409 (a report of a
 * period that has not ended) or a command refused where the kit would not assume it. What every operation shares
 * (401, 403, 503; 400, 413 and 415 with a body; 404 with a path variable; 409 and 422 for commands) is documented
 * without it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RefusedWith {

    Refusal[] value();
}
