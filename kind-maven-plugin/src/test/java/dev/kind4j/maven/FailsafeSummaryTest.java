package dev.kind4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailsafeSummaryTest {

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<failsafe-summary "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"https://maven.apache"
      + ".org/surefire/maven-surefire-plugin/xsd/failsafe-summary.xsd\" result=\"%s\" timeout=\"%s\">\n";

  @TempDir
  Path work;

  @Test
  void aPassingRunIsNoFailure() throws IOException {
    FailsafeSummary summary = read(summary("null", false, 3, 0, 0, null));
    assertThat(summary).isEqualTo(new FailsafeSummary(3, 0, 0, false, ""));
    assertThat(summary.failure()).isEmpty();
  }

  @Test
  void failuresAndErrorsAreCounted() throws IOException {
    assertThat(read(summary("255", false, 2, 0, 1, null)).failure()).hasValue("1 failure and 0 errors in 2 tests");
    assertThat(read(summary("255", false, 1, 1, 0, null)).failure()).hasValue("0 failures and 1 error in 1 test");
  }

  @Test
  void aFailedRunWithoutFailedTestsIsAFailure() throws IOException {
    assertThat(read(summary("255", false, 0, 0, 0, "The forked VM terminated without properly saying goodbye"))
        .failure()).hasValue("the run failed: The forked VM terminated without properly saying goodbye");
    assertThat(read(summary("255", true, 1, 0, 0, null)).failure()).hasValue("the run timed out");
  }

  @Test
  void noSummaryMeansNoIntegrationTestRan() throws IOException {
    assertThat(FailsafeSummary.read(work.resolve("failsafe-summary.xml"))).isEmpty();
  }

  @Test
  void anotherFileIsRefusedWithItsName() throws IOException {
    Path file = Files.writeString(work.resolve("failsafe-summary.xml"), "<testsuite/>");
    assertThatThrownBy(() -> FailsafeSummary.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " is not a failsafe summary: its root element is <testsuite>");
  }

  @Test
  void brokenXmlKeepsTheParsersCause() throws IOException {
    Path file = Files.writeString(work.resolve("failsafe-summary.xml"), "<failsafe-summary><completed>1");
    assertThatThrownBy(() -> FailsafeSummary.read(file))
        .hasMessageStartingWith(file + " is not a failsafe summary: ")
        .hasCauseInstanceOf(org.xml.sax.SAXException.class);
  }

  @Test
  void aCountThatIsNoNumberIsRefused() throws IOException {
    Path file = Files.writeString(work.resolve("failsafe-summary.xml"), String.format(HEAD, "null", false)
        + "<completed>many</completed></failsafe-summary>");
    assertThatThrownBy(() -> FailsafeSummary.read(file))
        .hasMessage(file + " is not a failsafe summary: <completed> holds 'many', not a number")
        .hasCauseInstanceOf(NumberFormatException.class);
  }

  @Test
  void aDoctypeIsRefused() throws IOException {
    Path file = Files.writeString(work.resolve("failsafe-summary.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x "
        + "[<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<failsafe-summary><failureMessage>&e;</failureMessage>"
        + "</failsafe-summary>");
    assertThatThrownBy(() -> FailsafeSummary.read(file)).hasMessageContaining("DOCTYPE");
  }

  /** A summary as failsafe 3.6 writes it. */
  private Path summary(String result, boolean timeout, int completed, int errors, int failures, String message)
      throws IOException {
    String failureMessage = message == null
        ? "<failureMessage xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>"
        : "<failureMessage>" + message + "</failureMessage>";
    return Files.writeString(work.resolve("failsafe-summary.xml"), String.format(HEAD, result, timeout)
        + "    <completed>" + completed + "</completed>\n    <errors>" + errors + "</errors>\n    <failures>"
        + failures + "</failures>\n    <skipped>0</skipped>\n    <flakes>0</flakes>\n    " + failureMessage
        + "\n</failsafe-summary>");
  }

  private static FailsafeSummary read(Path file) throws IOException {
    return FailsafeSummary.read(file).orElseThrow();
  }
}
