package dev.kind4j.impl.image.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The default base image reference, as kind's {@code make quick} forms it:
 * {@code kindest/base:v<yyyyMMdd>-<git describe --always --dirty>}, with the {@code TAG}
 * environment variable replacing everything after the colon.
 */
public final class BaseImageTag {

  /** kind's base image repository. */
  public static final String REPOSITORY = "kindest/base";

  private static final Pattern VALID_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private BaseImageTag() {}

  /**
   * @param today the build date
   * @param tagVariable the value of {@code TAG}, if set
   * @param gitDescribe what {@code git describe --always --dirty} printed, if in a checkout
   * @param inputsHash the image's inputs hash, whose first 7 characters stand in outside a checkout
   */
  public static String defaultTag(LocalDate today, Optional<String> tagVariable, Optional<String> gitDescribe,
      String inputsHash) {
    Optional<String> explicit = tagVariable.map(String::strip).filter(t -> !t.isEmpty());
    if (explicit.isPresent()) {
      if (!VALID_TAG.matcher(explicit.get()).matches()) {
        throw new IllegalArgumentException("TAG: '" + explicit.get() + "' is not a valid image tag; use up to 128 "
            + "letters, digits, '.', '_' or '-', not starting with '.' or '-', such as TAG=v0.1.0");
      }
      return REPOSITORY + ":" + explicit.get();
    }
    String version = gitDescribe.map(String::strip).filter(d -> !d.isEmpty())
        .orElse(inputsHash.substring(0, 7));
    return REPOSITORY + ":v" + DAY.format(today) + "-" + version;
  }
}
