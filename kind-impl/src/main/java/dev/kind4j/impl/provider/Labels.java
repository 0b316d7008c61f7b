package dev.kind4j.impl.provider;

/** The labels kind and kind4j put on what they create; clusters and caches are found by them alone. */
public final class Labels {

  /** kind's cluster label: the cluster a node belongs to. */
  public static final String CLUSTER = "io.x-k8s.kind.cluster";
  /** kind's role label: {@code control-plane}, {@code worker} or {@code external-load-balancer}. */
  public static final String ROLE = "io.x-k8s.kind.role";
  /** On node containers: the one create that made them, so a failed create removes only its own. */
  public static final String CREATE = "dev.kind4j.create";
  /** On containers removed when the JVM that made them ends: that JVM's session. */
  public static final String SESSION = "dev.kind4j.session";
  /** On a session's reaper container: the session it watches. */
  public static final String REAPER = "dev.kind4j.reaper";
  /** Marks a short-lived container kind4j runs to learn what the engine allows. */
  public static final String PROBE = "dev.kind4j.probe";
  /** On images: the hash of everything the image was built from, for cache lookups. */
  public static final String INPUTS = "dev.kind4j.inputs";
  /** On node images: the Kubernetes release they hold, such as {@code v1.20.2}. */
  public static final String KUBERNETES_VERSION = "dev.kind4j.kubernetes-version";
  /** On derived node images ({@code Kind.nodeImage().from(…)}): the image they were made from. */
  public static final String DERIVED_FROM = "dev.kind4j.derived-from";
  /** On images: what kind of kind4j image this is, such as {@code base}. */
  public static final String IMAGE_KIND = "dev.kind4j.image";

  private Labels() {}
}
