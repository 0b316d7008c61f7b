package dev.kind4j.maven;

import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;

/** Hands parameters to kind4j's builders and words their refusals in the plugin's terms. */
final class Parameters {

  private Parameters() {}

  /** Runs {@code setter}; a value it refuses becomes an error that names the parameter and keeps the cause. */
  static void set(String parameter, String property, Runnable setter) throws MojoExecutionException {
    try {
      setter.run();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      String message = String.valueOf(e.getMessage());
      String problem = message.startsWith(parameter + ": ") ? message.substring(parameter.length() + 2) : message;
      throw new MojoExecutionException(invalidMessage(parameter, property, problem), e);
    }
  }

  /** An error about a parameter's value, such as {@code Invalid <workers> (-Dkind4j.workers): use 0 or more}. */
  static MojoExecutionException invalid(String parameter, String property, String problem) {
    return new MojoExecutionException(invalidMessage(parameter, property, problem));
  }

  private static String invalidMessage(String parameter, String property, String problem) {
    return "Invalid <" + parameter + "> (-D" + property + "): " + problem;
  }
}
