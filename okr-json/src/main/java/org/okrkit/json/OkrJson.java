package org.okrkit.json;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Function;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes okrkit's values as JSON or YAML in okrkit's interchange format
 * (docs/json-format.md): plans and their parts in and out, results out.
 *
 * <pre>{@code
 * OkrJson json = OkrJson.json();
 * String document = json.write(plan);            // the same plan always gives the same text
 * Plan read = json.readPlan(document);           // equal to plan
 * String scores = json.write(scorer.score(read)); // results as structured JSON
 * Plan handWritten = OkrJson.yaml().readPlan(yamlText);
 * }</pre>
 *
 * <p><b>Writing</b> is deterministic: fields in a fixed order, sets sorted, two-space indents and
 * {@code \n} line ends on every platform, decimals as strings of plain digits. <b>Reading</b> goes
 * through okrkit's factories and builders, so every rule of the model holds; a document that breaks
 * a rule of the format or of the model, exceeds a {@link ReadLimits limit} or is not JSON (or YAML)
 * at all is refused with an {@link OkrJsonException} naming the JSON path, the value and the rule,
 * and nothing half-read is returned. Fields the format does not know are refused unless {@link
 * #toleratingUnknownFields()} is asked for.
 *
 * <p>No I/O of its own: it reads the strings, streams and readers it is given and writes to the
 * streams and writers it is given, leaving them open. Immutable and thread-safe.
 */
public final class OkrJson {

  private final boolean yaml;
  private final boolean toleratesUnknownFields;
  private final ReadLimits limits;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  private OkrJson(boolean yaml, boolean toleratesUnknownFields, ReadLimits limits) {
    this.yaml = yaml;
    this.toleratesUnknownFields = toleratesUnknownFields;
    this.limits = limits;
    OkrJsonModule module = toleratesUnknownFields ? OkrJsonModule.toleratingUnknownFields()
        : new OkrJsonModule();
    if (yaml) {
      YAMLMapper yamlMapper = YAMLMapper.builder(YAMLFactory.builder()
              .streamReadConstraints(limits.constraints())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              // the caller's stream or reader stays open, as the methods promise
              .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
              .loadSettings(LoadSettings.builder()
                  .setCodePointLimit(limits.yamlCodePointLimit())
                  .build())
              .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
              .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
              .build())
          .addModule(module)
          .build();
      this.mapper = yamlMapper;
      this.writer = yamlMapper.writer();
    } else {
      JsonMapper jsonMapper = JsonMapper.builder(JsonFactory.builder()
              .streamReadConstraints(limits.constraints())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              // the caller's stream or reader stays open, as the methods promise
              .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
              .build())
          .addModule(module)
          .build();
      this.mapper = jsonMapper;
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      this.writer = jsonMapper.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter));
    }
  }

  /**
   * Returns the JSON reader and writer with the default limits, refusing unknown fields.
   *
   * @return the JSON format, not null
   */
  public static OkrJson json() {
    return new OkrJson(false, false, ReadLimits.defaults());
  }

  /**
   * Returns the YAML reader and writer with the default limits, refusing unknown fields. YAML
   * suits plans people write by hand; it is read by the same rules as JSON.
   *
   * @return the YAML format, not null
   */
  public static OkrJson yaml() {
    return new OkrJson(true, false, ReadLimits.defaults());
  }

  /**
   * Returns this format skipping fields it does not know rather than refusing them, for example to
   * read documents written by a later okrkit.
   *
   * @return the tolerant format, not null
   */
  public OkrJson toleratingUnknownFields() {
    return new OkrJson(yaml, true, limits);
  }

  /**
   * Returns this format reading within other limits.
   *
   * @param limits  the limits, not null
   * @return the format with these limits, not null
   */
  public OkrJson withLimits(ReadLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new OkrJson(yaml, toleratesUnknownFields, limits);
  }

  /**
   * Returns the limits documents are read within.
   *
   * @return the limits, not null
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns the mapper this format reads and writes with, with {@link OkrJsonModule} registered,
   * for values of the caller's own that hold okrkit values.
   *
   * @return the mapper, not null
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Writes a value: a plan (as a plan document, with its format version), one of its parts, or a
   * result of scoring, alignment or review.
   *
   * @param value  the value, not null
   * @return the document, not null
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    return writer.writeValueAsString(value);
  }

  /**
   * Writes a value to a stream, in UTF-8, leaving the stream open.
   *
   * @param value  the value, not null
   * @param out  the stream, not null
   * @throws JacksonException if the stream fails
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    writer.without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, value);
  }

  /**
   * Writes a value to a writer, leaving it open.
   *
   * @param value  the value, not null
   * @param out  the writer, not null
   * @throws JacksonException if the writer fails
   */
  public void write(Object value, Writer out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    writer.without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, value);
  }

  /**
   * Reads a plan document.
   *
   * @param document  the document, not null
   * @return the plan, not null
   * @throws OkrJsonException if the document is not a valid plan document
   */
  public Plan readPlan(String document) {
    return read(document, Plan.class);
  }

  /**
   * Reads a plan document from a stream (UTF-8, UTF-16 or UTF-32, detected), leaving it open.
   *
   * @param document  the stream, not null
   * @return the plan, not null
   * @throws OkrJsonException if the document is not a valid plan document
   */
  public Plan readPlan(InputStream document) {
    Objects.requireNonNull(document, "document");
    return read(() -> yaml ? mapper.createParser(new BoundedStream(document, yamlLimit()))
        : mapper.createParser(document), PlanReader::plan);
  }

  /**
   * Reads a plan document from a reader, leaving it open.
   *
   * @param document  the reader, not null
   * @return the plan, not null
   * @throws OkrJsonException if the document is not a valid plan document
   */
  public Plan readPlan(Reader document) {
    Objects.requireNonNull(document, "document");
    return read(() -> yaml ? mapper.createParser(new BoundedReader(document, yamlLimit()))
        : mapper.createParser(document), PlanReader::plan);
  }

  /**
   * Reads a document holding one value of okr-core: a {@link Plan} or one of its parts, such as an
   * {@link org.okrkit.core.Objective}, {@link org.okrkit.core.KeyResult}, {@link
   * org.okrkit.core.Measure}, {@link org.okrkit.core.CheckIn} or {@link org.okrkit.core.Kpi}.
   *
   * @param <T>  the type of the value
   * @param document  the document, not null
   * @param type  the type, not null, one of the types okr-core's values are read as
   * @return the value, not null
   * @throws OkrJsonException if the document is not a valid document of that type
   * @throws OkrException if the type is not one okrkit reads
   */
  public <T> T read(String document, Class<T> type) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(type, "type");
    Function<PlanReader, ?> reader = CoreValues.READERS.get(type);
    if (reader == null) {
      throw new OkrException("type", type.getName(), "is not read by okrkit; it reads "
          + CoreValues.READERS.keySet().stream().map(Class::getSimpleName)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    return type.cast(read(() -> yaml
        ? mapper.createParser(new BoundedReader(new StringReader(document), yamlLimit()))
        : mapper.createParser(document), reader));
  }

  private <T> T read(java.util.function.Supplier<JsonParser> open, Function<PlanReader, T> what) {
    DocumentReader document = null;
    try (JsonParser parser = open.get()) {
      document = new DocumentReader(parser, toleratesUnknownFields, "$");
      document.start();
      T value = what.apply(new PlanReader(document));
      document.requireEnd();
      return value;
    } catch (JacksonException unreadable) {
      throw document != null ? document.translate(unreadable)
          : new OkrJsonException("$", "unreadable", unreadable.getOriginalMessage(), unreadable);
    } catch (YamlTooLong tooLong) {
      throw new OkrJsonException(document != null ? document.parserPath() : "$",
          "longer than " + yamlLimit() + " characters",
          "a YAML document must have at most " + yamlLimit() + " characters (the limit "
              + "ReadLimits.maxDocumentLength sets, or its default for YAML; read from a stream, "
              + "its bytes count)");
    }
  }

  private int yamlLimit() {
    return limits.yamlCodePointLimit();
  }

  /**
   * Thrown by a bounded YAML input read past its limit. The YAML library scans a whole scalar
   * before it checks its own limit, in time growing with the square of the scalar's length, so the
   * input itself must stop; an unchecked exception passes through the library untouched.
   */
  static final class YamlTooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    YamlTooLong() {
      super(null, null, false, false);
    }
  }

  /** What a bounded input may still read: characters for a reader, bytes for a stream. */
  private static final class Budget {
    private long left;

    Budget(long limit) {
      this.left = limit;
    }

    /** Counts what one read returned (-1 at the end reads nothing), failing past the limit. */
    void spend(int read) {
      left -= Math.max(0, read);
      if (left < 0) {
        throw new YamlTooLong();
      }
    }
  }

  /** A reader failing once more than a limit of characters are read from it. */
  static final class BoundedReader extends FilterReader {
    private final Budget left;

    BoundedReader(Reader in, long limit) {
      super(in);
      this.left = new Budget(limit);
    }

    @Override
    public int read() throws IOException {
      int read = super.read();
      left.spend(read < 0 ? 0 : 1);
      return read;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
      int read = super.read(into, offset, length);
      left.spend(read);
      return read;
    }
  }

  /** A stream failing once more than a limit of bytes are read from it. */
  static final class BoundedStream extends FilterInputStream {
    private final Budget left;

    BoundedStream(InputStream in, long limit) {
      super(in);
      this.left = new Budget(limit);
    }

    @Override
    public int read() throws IOException {
      int read = super.read();
      left.spend(read < 0 ? 0 : 1);
      return read;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      int read = super.read(into, offset, length);
      left.spend(read);
      return read;
    }
  }

  @Override
  public String toString() {
    return "OkrJson{" + (yaml ? "yaml" : "json") + ", "
        + (toleratesUnknownFields ? "tolerating" : "refusing") + " unknown fields, " + limits + "}";
  }
}
