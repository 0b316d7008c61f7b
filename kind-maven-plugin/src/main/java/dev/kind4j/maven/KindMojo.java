package dev.kind4j.maven;

import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every kind4j goal shares: skipping, and turning kind4j's errors into Maven's with their causes. */
abstract class KindMojo extends AbstractMojo {

  /** Skips this goal. */
  @Parameter(property = "kind4j.skip", defaultValue = "false")
  boolean skip;

  /** Skips this goal along with the integration tests, as failsafe does. */
  @Parameter(property = "skipITs", defaultValue = "false")
  boolean skipITs;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  @Override
  public final void execute() throws MojoExecutionException {
    Optional<String> reason = skipReason();
    if (reason.isPresent()) {
      getLog().info("Skipping kind4j:" + mojoExecution.getGoal() + ": " + reason.get() + " is set");
      return;
    }
    try {
      run();
    } catch (RuntimeException e) {
      throw new MojoExecutionException(e.getMessage() != null ? e.getMessage() : e.toString(), e);
    }
  }

  /** Does the goal's work; kind4j's runtime exceptions become {@link MojoExecutionException}s. */
  abstract void run() throws MojoExecutionException;

  /** The parameter that skips this goal, when one is set. */
  Optional<String> skipReason() {
    return skip ? Optional.of("skip") : skipITs ? Optional.of("skipITs") : Optional.empty();
  }
}
