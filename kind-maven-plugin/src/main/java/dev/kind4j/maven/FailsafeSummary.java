package dev.kind4j.maven;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What failsafe's summary file ({@code failsafe-reports/failsafe-summary.xml}) records of an integration-test run.
 *
 * @param completed tests run
 * @param errors tests that threw
 * @param failures tests whose assertions failed
 * @param timedOut whether the run hit failsafe's timeout
 * @param failureMessage why the run itself failed, such as a crashed fork; empty when it did not
 */
record FailsafeSummary(int completed, int errors, int failures, boolean timedOut, String failureMessage) {

  /** The summary in {@code file}, or empty when there is no such file (no integration tests ran). */
  static Optional<FailsafeSummary> read(Path file) throws IOException {
    byte[] xml;
    try {
      xml = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder parser = factory.newDocumentBuilder();
      parser.setErrorHandler(new DefaultHandler()); // throws on fatal errors, as the default does, but prints nothing
      Element root = parser.parse(new ByteArrayInputStream(xml)).getDocumentElement();
      if (!"failsafe-summary".equals(root.getTagName())) {
        throw new IOException(file + " is not a failsafe summary: its root element is <" + root.getTagName() + ">");
      }
      return Optional.of(new FailsafeSummary(count(root, "completed", file), count(root, "errors", file),
          count(root, "failures", file), "true".equals(root.getAttribute("timeout")),
          text(root, "failureMessage")));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + " is not a failsafe summary: " + e.getMessage(), e);
    }
  }

  /** Why the run counts as failed, such as {@code 1 failure and 0 errors in 3 tests}; empty when it passed. */
  Optional<String> failure() {
    if (timedOut) {
      return Optional.of("the run timed out");
    }
    if (!failureMessage.isEmpty()) {
      return Optional.of("the run failed: " + failureMessage);
    }
    if (errors > 0 || failures > 0) {
      return Optional.of(failures + (failures == 1 ? " failure" : " failures") + " and " + errors
          + (errors == 1 ? " error" : " errors") + " in " + completed + (completed == 1 ? " test" : " tests"));
    }
    return Optional.empty();
  }

  private static int count(Element root, String element, Path file) throws IOException {
    String value = text(root, element);
    try {
      return value.isEmpty() ? 0 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IOException(file + " is not a failsafe summary: <" + element + "> holds '" + value
          + "', not a number", e);
    }
  }

  private static String text(Element root, String element) {
    var nodes = root.getElementsByTagName(element);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }
}
