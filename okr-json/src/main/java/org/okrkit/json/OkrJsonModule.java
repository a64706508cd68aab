package org.okrkit.json;

import java.util.Map;
import java.util.function.Function;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.KpiId;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module for okrkit's values: register it once on a mapper and the mapper writes
 * every public value of okr-core, okr-scoring, okr-alignment and okr-review in okrkit's format
 * (docs/json-format.md), and reads the values of okr-core back through okrkit's own factories.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
 * String json = mapper.writeValueAsString(plan);
 * Plan read = mapper.readValue(json, Plan.class);
 * }</pre>
 *
 * <p>A document that cannot be read as the value asked for is refused with an {@link
 * OkrJsonException} naming the JSON path. When the value is the root of what the mapper reads, that
 * exception reaches the caller as it is; inside the caller's own classes Jackson may wrap it in its
 * own exception, with this one as the cause. {@link OkrJson} configures a mapper with this module,
 * okrkit's {@link ReadLimits} and deterministic layout, and always throws {@link OkrJsonException}.
 *
 * <p>On a mapper of the caller's own, the format's rules and okrkit's model rules hold as with
 * {@link OkrJson}, but the parser's settings are the caller's: {@link OkrJson} also refuses
 * duplicate field names, applies {@link ReadLimits}, and bounds YAML input. The values read are
 * those of {@link OkrJson#read(String, Class)}, plus ids and okrkit's enums on their own.
 *
 * <p>Results (scores, explanations, validation reports, roll-ups, retrospectives, accountability
 * views) are written, not read: they are computed from a plan, and computing them again from the
 * read plan gives them back exactly. Immutable once registered.
 */
public final class OkrJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Whether fields the format does not know are skipped rather than refused. */
  private final boolean toleratesUnknownFields;

  /** Creates the module; documents with fields the format does not know are refused. */
  public OkrJsonModule() {
    this(false);
  }

  private OkrJsonModule(boolean toleratesUnknownFields) {
    super("okrkit", Version.unknownVersion());
    this.toleratesUnknownFields = toleratesUnknownFields;
    CoreValues.WRITERS.forEach(this::addWriter);
    CoreValues.READERS.forEach(this::addReader);
    addText(ObjectiveId.class, ObjectiveId::value, ObjectiveId::of);
    addText(KeyResultId.class, KeyResultId::value, KeyResultId::of);
    addText(KpiId.class, KpiId::value, KpiId::of);
    addText(PersonId.class, PersonId::value, PersonId::of);
    addText(OrgUnitId.class, OrgUnitId::value, OrgUnitId::of);
    EnumValues.ALL.forEach(this::addEnum);
    ResultWriters.all().forEach(this::addWriter);
  }

  /**
   * Returns a module that skips fields the format does not know instead of refusing the document,
   * for example to read documents written by a later okrkit that added fields.
   *
   * @return the tolerant module, not null
   */
  public static OkrJsonModule toleratingUnknownFields() {
    return new OkrJsonModule(true);
  }

  /**
   * Tells whether this module skips fields the format does not know.
   *
   * @return true if unknown fields are skipped, false if they are refused
   */
  public boolean toleratesUnknownFields() {
    return toleratesUnknownFields;
  }

  @SuppressWarnings("unchecked")
  private <T> void addWriter(Class<?> type, PlanWriter.ValueWriter<?> writer) {
    addSerializer((Class<T>) type, new Writing<>((Class<T>) type, (PlanWriter.ValueWriter<T>) writer));
  }

  @SuppressWarnings("unchecked")
  private <T> void addReader(Class<?> type, Function<PlanReader, ?> reader) {
    addDeserializer((Class<T>) type,
        new Reading<>((Class<T>) type, (Function<PlanReader, T>) reader, toleratesUnknownFields));
  }

  private <T> void addText(Class<T> type, Function<T, String> text, Function<String, T> parse) {
    addWriter(type, (PlanWriter.ValueWriter<T>) (out, id) -> out.writeString(text.apply(id)));
    addReader(type, reader -> reader.textValue(parse));
  }

  private <E extends Enum<E>> void addEnum(Class<?> type) {
    @SuppressWarnings("unchecked")
    Class<E> enumType = (Class<E>) type;
    Map<String, E> byName = EnumNames.byName(enumType);
    addWriter(enumType, (PlanWriter.ValueWriter<E>) (out, constant) ->
        out.writeString(EnumNames.of(constant)));
    addReader(enumType, reader -> reader.enumValue(byName));
  }

  /** Writes one type with its streaming writer. */
  static final class Writing<T> extends StdSerializer<T> {
    private final PlanWriter.ValueWriter<T> writer;

    Writing(Class<T> type, PlanWriter.ValueWriter<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
      writer.write(out, value);
    }
  }

  /** Reads one type with its streaming reader, its errors naming the path from the root. */
  static final class Reading<T> extends StdDeserializer<T> {
    private final Function<PlanReader, T> reader;
    private final boolean toleratesUnknownFields;

    Reading(Class<T> type, Function<PlanReader, T> reader, boolean toleratesUnknownFields) {
      super(type);
      this.reader = reader;
      this.toleratesUnknownFields = toleratesUnknownFields;
    }

    @Override
    public T deserialize(JsonParser in, DeserializationContext context) {
      DocumentReader document = new DocumentReader(in, toleratesUnknownFields, pathTo(in));
      try {
        return reader.apply(new PlanReader(document));
      } catch (JacksonException unreadable) {
        throw document.translate(unreadable);
      }
    }

    /** A JSON null is no okrkit value: refused like any other value of the wrong type. */
    @Override
    public Object getNullValue(DeserializationContext context) {
      JsonParser in = context.getParser();
      throw new OkrJsonException(in == null ? "$" : JsonPaths.of(in.streamReadContext()), "null",
          "must be " + handledType().getSimpleName() + ", not null");
    }

    /** The JSON path of the value under the parser, from the document's root. */
    private static String pathTo(JsonParser in) {
      TokenStreamContext context = in.streamReadContext();
      JsonToken token = in.currentToken();
      if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
          && context.getParent() != null) {
        context = context.getParent();
      }
      return JsonPaths.of(context);
    }
  }
}
