package org.okrkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.okrkit.core.IncompleteValueException;

/**
 * The one Immutables style of the project.
 *
 * <p>Generated classes are package-private and never part of the API: users see the abstract type
 * with its own {@code of(...)} and {@code builder()} factories. Only {@link Override} may be copied
 * from the classpath into generated code, so generated sources never reference annotations (such as
 * {@code javax.annotation} or Error Prone's) that a module cannot read. Generated {@code with*}
 * copy methods are off: they would override the API's own withers and bypass its factories.
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
public @interface OkrStyle {}
