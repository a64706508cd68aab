package org.okrkit.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the JSON benchmarks: a plain {@link JsonMapper}, no modules, binding {@link
 * PlanRecords} with {@code writeValue} and {@code readValue}. It pretty-prints with the indenting
 * okrkit's writer uses, so both write the same bytes and the times compare the same output.
 */
final class JsonBaseline {

  private final JsonMapper mapper = JsonMapper.builder().build();
  private final ObjectWriter writer;

  JsonBaseline() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    writer = mapper.writer()
        .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter))
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  /** Writes the records to a stream, leaving it open. */
  void write(PlanRecords.PlanRecord plan, OutputStream out) {
    writer.writeValue(out, plan);
  }

  /** Reads records from a stream. @return the records */
  PlanRecords.PlanRecord read(InputStream document) {
    return mapper.readValue(document, PlanRecords.PlanRecord.class);
  }
}
