package dev.kind4j.impl.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over named inputs, for content-addressed caches. */
public final class Hashing {

  private final MessageDigest digest;

  private Hashing() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public static Hashing sha256() {
    return new Hashing();
  }

  /** Adds a named value; names keep {@code ("ab","c")} apart from {@code ("a","bc")}. */
  public Hashing put(String name, String value) {
    return put(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds named bytes, length-prefixed. */
  public Hashing put(String name, byte[] value) {
    byte[] key = name.getBytes(StandardCharsets.UTF_8);
    digest.update(longBytes(key.length));
    digest.update(key);
    digest.update(longBytes(value.length));
    digest.update(value);
    return this;
  }

  /** The lowercase hex digest. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] longBytes(long value) {
    byte[] bytes = new byte[8];
    for (int i = 7; i >= 0; i--) {
      bytes[i] = (byte) value;
      value >>>= 8;
    }
    return bytes;
  }
}
