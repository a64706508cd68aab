package org.okrkit.review;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.okrkit.core.IncompleteValueException;

/**
 * The project's Immutables style (okr-core's {@code OkrStyle}, whose package okr-core exports only
 * to the modules below this one), repeated here with the same settings: generated classes
 * package-private, no classpath annotations copied, no generated withers.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = IncompleteValueException.class,
    depluralize = true)
@interface RetrospectiveStyle {}
