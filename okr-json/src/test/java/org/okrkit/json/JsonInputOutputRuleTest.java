package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.okrkit.core.architecture.OkrArchitectureRules;

/**
 * okr-json's I/O rule can fail: checked on fixtures, since okr-json itself must pass it (see
 * JsonArchitectureTest).
 */
class JsonInputOutputRuleTest {

  /** What okr-json may do: read and write what its caller hands it. */
  static final class UsesTheCallersStreams {
    int copy(InputStream in, OutputStream out, Reader reader, Writer writer) throws IOException {
      out.write(in.read());
      writer.write(reader.read());
      return UsesTheCallersStreams.class.getResourceAsStream("schema.json") == null ? 0 : 1;
    }
  }

  static final class OpensAFile {
    Object open() {
      return new java.io.File("plan.json");
    }
  }

  static final class ReadsAPath {
    Object read(Path path) {
      return path.getFileName();
    }
  }

  static final class FetchesAUrl {
    Object fetch(URL url) {
      return url.getHost();
    }
  }

  @Test
  void theInputOutputRuleAllowsTheCallersStreamsAndRefusesFilesPathsAndUrls() {
    ArchRule rule = OkrArchitectureRules.noInputOutputBeyondTheCallersStreams();
    ClassFileImporter importer = new ClassFileImporter();

    assertFalse(rule.evaluate(importer.importClasses(UsesTheCallersStreams.class)).hasViolation());
    for (Class<?> offender : new Class<?>[] {OpensAFile.class, ReadsAPath.class, FetchesAUrl.class}) {
      assertTrue(rule.evaluate(importer.importClasses(offender)).hasViolation(),
          offender.getSimpleName());
    }
  }

  /** okr-core's own I/O rule, stricter, would refuse even the caller's streams. */
  @Test
  void theOtherModulesRuleRefusesEvenTheCallersStreams() {
    assertTrue(OkrArchitectureRules.noInputOutput()
        .evaluate(new ClassFileImporter().importClasses(UsesTheCallersStreams.class))
        .hasViolation());
  }
}
