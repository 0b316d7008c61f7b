package dev.kind4j;

/** Where a base image's Debian root filesystem comes from. */
public enum RootFsSource {
  /**
   * A local Debian image if present, else a pull of it, else {@link #DEBOOTSTRAP}; the build reports
   * which was used and why.
   */
  AUTO,
  /** The {@code debian:<suite>} image: used when present locally, pulled otherwise. */
  DEBIAN_IMAGE,
  /** {@code debootstrap} from the Debian mirror the host's apt uses: needs no registry, needs root. */
  DEBOOTSTRAP
}
