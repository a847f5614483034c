package org.munacademy.shared.boundary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary bean whose methods trust their caller: they check no role and take no caller, because the
 * boundary that calls them has authorised the action itself (or the server's own job calls them). Nothing a person
 * drives directly may reach such a bean: no view and no REST resource ({@code ArchitectureTest} holds that rule);
 * only other boundaries do.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TrustsItsCaller {

    /** Who may call it, and why it need not check. */
    String value();
}
