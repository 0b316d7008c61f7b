package dev.kind4j;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command to run in a node: its argument array, and optionally bytes for its standard input, environment
 * variables and a time limit (five minutes unless set). Immutable; {@link #newBuilder()} makes a changed copy.
 *
 * <pre>{@code
 * node.exec(ExecRequest.builder("kubectl", "apply", "-f", "-").stdin(manifestYaml).build());
 * }</pre>
 */
public final class ExecRequest {

  /** The time limit of a request that sets none. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private final List<String> command;
  private final byte[] stdin;
  private final Map<String, String> env;
  private final Duration timeout;

  private ExecRequest(Builder builder) {
    this.command = builder.command;
    this.stdin = builder.stdin;
    this.env = Map.copyOf(builder.env);
    this.timeout = builder.timeout;
  }

  /** A request for {@code command} with no standard input, no extra environment and the default time limit. */
  public static ExecRequest of(String... command) {
    return builder(command).build();
  }

  /** A builder for {@code command}, such as {@code builder("kubectl", "get", "pods")}. */
  public static Builder builder(String... command) {
    return new Builder(command == null ? null : Arrays.asList(command));
  }

  /** A builder that starts from this request. */
  public Builder newBuilder() {
    Builder builder = new Builder(command);
    builder.stdin = stdin;
    builder.env.putAll(env);
    builder.timeout = timeout;
    return builder;
  }

  /** The argument array; the first element names the program. */
  public List<String> command() {
    return command;
  }

  /** The bytes the command reads from standard input, when given; otherwise its standard input is empty. */
  public Optional<byte[]> stdin() {
    return Optional.ofNullable(stdin).map(byte[]::clone);
  }

  /** Environment variables set for the command besides the node's. */
  public Map<String, String> env() {
    return env;
  }

  /** How long the command may run before it is killed and the run fails. */
  public Duration timeout() {
    return timeout;
  }

  @Override
  public String toString() {
    return command.toString();
  }

  /** Builds an {@link ExecRequest}; not thread-safe. */
  public static final class Builder {

    private final List<String> command;
    private byte[] stdin;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder(List<String> command) {
      if (command == null || command.isEmpty() || command.get(0) == null || command.get(0).isBlank()) {
        throw new IllegalArgumentException("command: must name a program first, such as (\"kubectl\", \"get\", "
            + "\"pods\")");
      }
      for (int i = 0; i < command.size(); i++) {
        if (command.get(i) == null) {
          throw new IllegalArgumentException("command: argument " + i + " of " + command
              + " is null; pass an empty string for an empty argument");
        }
      }
      this.command = List.copyOf(command);
    }

    /** Bytes for the command's standard input, which ends after them. */
    public Builder stdin(byte[] bytes) {
      this.stdin = Objects.requireNonNull(bytes, "stdin").clone();
      return this;
    }

    /** Text for the command's standard input, encoded as UTF-8. */
    public Builder stdin(String text) {
      return stdin(Objects.requireNonNull(text, "stdin").getBytes(StandardCharsets.UTF_8));
    }

    /** Sets an environment variable for the command, replacing the node's value of that name. */
    public Builder env(String name, String value) {
      if (name == null || name.isEmpty() || name.contains("=") || name.contains("\0")) {
        throw new IllegalArgumentException("env: '" + name + "' is not a variable name; use a name without '=', "
            + "such as \"KUBECONFIG\"");
      }
      env.put(name, Objects.requireNonNull(value, () -> "env: the value of " + name + " is null"));
      return this;
    }

    /** How long the command may run before it is killed; five minutes by default. */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout: must be positive, such as Duration.ofSeconds(30)");
      }
      this.timeout = timeout;
      return this;
    }

    public ExecRequest build() {
      return new ExecRequest(this);
    }
  }
}
