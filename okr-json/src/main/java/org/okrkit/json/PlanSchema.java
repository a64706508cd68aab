package org.okrkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of plan documents in format version 1, as shipped in this jar
 * and in the docs ({@code docs/plan-format-1.schema.json}). It lets a platform that stores or edits
 * plan documents check their shape with any schema validator, or show editors the fields and
 * their descriptions.
 *
 * <p>The schema checks the shape: fields, types, names of enum constants, lengths and the fields
 * each kind of measure takes. The rules across fields (a period's end after its start, check-ins
 * inside the objective's lifecycle, unique ids) are okrkit's own, checked by {@link
 * OkrJson#readPlan(String)}; a document the schema accepts may still be refused there.
 */
public final class PlanSchema {

  /** The schema's {@code $id}, the URI other schemas refer to it by. */
  public static final String ID = "https://okrkit.org/schemas/plan-format-1.schema.json";

  private static final String RESOURCE = "plan-format-1.schema.json";

  private static final String TEXT = load();

  private PlanSchema() {}

  /**
   * Returns the schema of plan documents in format version 1, as JSON text.
   *
   * @return the schema, not null, the same text on every call
   */
  public static String text() {
    return TEXT;
  }

  /** Read once, when the class is first used: the jar's resource never changes. */
  private static String load() {
    try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AssertionError("okr-json's jar lacks its resource org/okrkit/json/" + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("okr-json's resource org/okrkit/json/" + RESOURCE
          + " could not be read", unreadable);
    }
  }
}
