package gov.appeals.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The largest request body a resource method takes; {@link #DEFAULT} where none is declared. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    long DEFAULT = 1024 * 1024;

    long bytes();
}
