package dev.kind4j.impl.util;

/** Whether optional libraries, such as Testcontainers, are on kind4j's class path. */
public final class ClassPath {

  private ClassPath() {}

  /** Whether {@code className} can be loaded by kind4j's class loader; the class is not initialized. */
  public static boolean has(String className) {
    try {
      Class.forName(className, false, ClassPath.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
