package nl.samenspel.kit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service's application class and names it. The name is the service's application name, its
 * CloudEvents source and the name of its configuration file ({@code <name>.yml}). Configuration files are
 * named after the service, not {@code application.yml}, so that the local run can host all three services
 * in one JVM without one service reading another's configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SamenspelService {

    /** For example {@code "network-service"}. */
    String value();
}
