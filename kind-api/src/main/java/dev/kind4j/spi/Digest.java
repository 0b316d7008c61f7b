package dev.kind4j.spi;

import java.util.Locale;
import java.util.Map;

/**
 * The digest a download must have: SHA-256 or SHA-512, as lowercase hex.
 *
 * @param algorithm {@code sha256} or {@code sha512}, as checksum files are named
 * @param hex the digest; upper case is accepted and stored in lower case
 */
public record Digest(String algorithm, String hex) {

  private static final Map<String, Integer> HEX_LENGTHS = Map.of("sha256", 64, "sha512", 128);

  public Digest {
    Integer length = HEX_LENGTHS.get(algorithm);
    if (length == null) {
      throw new IllegalArgumentException("algorithm: '" + algorithm + "' is not supported; use sha256 or sha512");
    }
    if (hex == null || !hex.strip().matches("[0-9A-Fa-f]{" + length + "}")) {
      throw new IllegalArgumentException(algorithm + ": '" + hex + "' is not a " + jdkName(algorithm)
          + " digest; pass its " + length + " hex digits, as in the published ." + algorithm + " file");
    }
    hex = hex.strip().toLowerCase(Locale.ROOT);
  }

  public static Digest sha256(String hex) {
    return new Digest("sha256", hex);
  }

  public static Digest sha512(String hex) {
    return new Digest("sha512", hex);
  }

  /** The algorithm as {@link java.security.MessageDigest} names it, such as {@code SHA-256}. */
  public String jdkName() {
    return jdkName(algorithm);
  }

  private static String jdkName(String algorithm) {
    return "SHA-" + algorithm.substring(3);
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }
}
