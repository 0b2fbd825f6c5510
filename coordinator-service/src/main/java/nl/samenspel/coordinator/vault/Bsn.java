package nl.samenspel.coordinator.vault;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A citizen service number (BSN): nine digits passing the 11-check; empty is allowed. The message never echoes it. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BsnValidator.class)
public @interface Bsn {

    String message() default "is not a valid BSN (nine digits passing the 11-check)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
