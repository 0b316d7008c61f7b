package dev.kind4j.maven;

import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Hands parameters to kind4j's builders and says which parameter a refusal is about, such as
 * {@code workers: -1 must be 0 or more (<workers> in the plugin's configuration, or -Dkind4j.workers)}. A builder's
 * message is kept whole, so Maven, which prints the causes' messages it does not find in the error's, prints it once.
 */
final class Parameters {

  private Parameters() {}

  /** Runs {@code setter}; a value it refuses becomes an error that names the parameter and keeps the cause. */
  static void set(String parameter, String property, Runnable setter) throws MojoExecutionException {
    try {
      setter.run();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      String message = String.valueOf(e.getMessage());
      String named = message.startsWith(parameter + ": ") ? message : parameter + ": " + message;
      throw new MojoExecutionException(named + where(parameter, property), e);
    }
  }

  /** An error about a parameter's value: what is wrong with it and the fix. */
  static MojoExecutionException invalid(String parameter, String property, String problem) {
    return new MojoExecutionException(parameter + ": " + problem + where(parameter, property));
  }

  private static String where(String parameter, String property) {
    return " (<" + parameter + "> in the plugin's configuration, or -D" + property + ")";
  }
}
