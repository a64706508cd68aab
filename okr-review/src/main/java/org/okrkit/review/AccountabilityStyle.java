package org.okrkit.review;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.okrkit.core.IncompleteValueException;

/**
 * The project's Immutables style (okr-core's internal {@code OkrStyle}), for the accountability
 * types. okr-core exports its internal package only to the modules named in its descriptor, which
 * do not include this one yet; once they do, {@code OkrStyle} replaces this copy.
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
@interface AccountabilityStyle {}
