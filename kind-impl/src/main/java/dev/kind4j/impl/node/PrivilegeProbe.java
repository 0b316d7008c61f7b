package dev.kind4j.impl.node;

import dev.kind4j.KindException;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out once per engine whether node containers can run {@code --privileged}, as kind's do.
 *
 * <p>Where the engine refuses (for example in a sandbox whose capability bounding set lacks
 * {@code CAP_SYS_RESOURCE}), it reads the bounding set the engine's host grants and runs nodes with
 * every capability in it, plus the device, seccomp and apparmor options that {@code --privileged}
 * would have given. The result is verified with a probe container before it is used.
 */
public final class PrivilegeProbe {

  private static final Logger LOG = LoggerFactory.getLogger(PrivilegeProbe.class);
  private static final Pattern CAP_BND = Pattern.compile("(?m)^CapBnd:\\s*([0-9a-fA-F]+)\\s*$");
  private static final Map<String, NodePrivileges> CACHE = new ConcurrentHashMap<>();

  private PrivilegeProbe() {}

  /** The privileges node containers get on this engine; {@code image} must have {@code /bin/true} and {@code cat}. */
  public static NodePrivileges privilegesFor(Provider engine, String image) {
    return CACHE.computeIfAbsent(engine.host(), host -> probe(engine, image));
  }

  private static NodePrivileges probe(Provider engine, String image) {
    Optional<KindException> privilegedFailure = tryRun(engine, image, NodePrivileges.PRIVILEGED);
    if (privilegedFailure.isEmpty()) {
      LOG.info("Node containers run with --privileged");
      return NodePrivileges.PRIVILEGED;
    }
    Set<String> missing = Capabilities.missingFrom(engineBoundingSet(engine, image));
    NodePrivileges explicit = NodePrivileges.allCapabilitiesExcept(missing);
    Optional<KindException> explicitFailure = tryRun(engine, image, explicit);
    if (explicitFailure.isPresent()) {
      KindException refused = new KindException("The Docker engine refuses node containers: --privileged failed with '"
          + privilegedFailure.get().getMessage() + "', and " + explicit + " failed with '"
          + explicitFailure.get().getMessage() + "'. Run the engine with the capabilities kind needs (see the README's "
          + "'Unprivileged engines').", explicitFailure.get());
      refused.addSuppressed(privilegedFailure.get());
      throw refused;
    }
    LOG.info("The engine refuses --privileged ({}); its capability bounding set lacks {}, so node containers "
        + "run with {}", privilegedFailure.get().getMessage(), missing, explicit);
    return explicit;
  }

  /** Runs a probe container with these privileges; empty when it ran, else why not, with the engine's error. */
  private static Optional<KindException> tryRun(Provider engine, String image, NodePrivileges privileges) {
    ContainerSpec spec = ContainerSpec.builder(image).entrypoint("/bin/true").apply(privileges::applyTo)
        .label(Labels.PROBE, "true").build();
    String id = null;
    try {
      id = engine.run(spec);
      int exit = engine.waitForExit(id, Duration.ofSeconds(60));
      return exit == 0 ? Optional.empty() : Optional.of(new KindException("probe exited with " + exit));
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().strip().lines().findFirst().orElse("");
      return Optional.of(new KindException(message, e));
    } finally {
      if (id != null) {
        engine.remove(id);
      }
    }
  }

  /** The capability bounding set of the engine host's init, read through a container in the host's PID namespace. */
  private static String engineBoundingSet(Provider engine, String image) {
    ContainerSpec spec = ContainerSpec.builder(image).entrypoint("cat", "/proc/1/status").hostPidNamespace()
        .label(Labels.PROBE, "true").build();
    Matcher matcher = CAP_BND.matcher(engine.runToExit(spec, Duration.ofSeconds(60)).output());
    if (!matcher.find()) {
      throw new KindException("could not read the engine host's capability bounding set from /proc/1/status");
    }
    return matcher.group(1);
  }
}
