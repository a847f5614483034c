package org.munacademy.shared.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST resource that answers without a signed-in caller (the "forgot password" endpoints): {@link AuthenticatedOnly}
 * lets it through. Such a resource guards itself (throttling, the same answer for every caller).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicEndpoint {
}
