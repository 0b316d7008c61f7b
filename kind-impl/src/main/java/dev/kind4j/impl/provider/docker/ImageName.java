package dev.kind4j.impl.provider.docker;

/**
 * An image reference split as the engine's pull and tag calls take it.
 *
 * @param repository such as {@code kindest/base} or {@code localhost:5000/node}
 * @param tag such as {@code v1.20.2} or a digest {@code sha256:…}; {@code latest} when the reference names none
 */
public record ImageName(String repository, String tag) {

  /** Splits {@code repository[:tag][@digest]}; a colon in a registry's {@code host:port} is no tag separator. */
  public static ImageName parse(String reference) {
    int at = reference.indexOf('@');
    if (at >= 0) {
      return new ImageName(withoutTag(reference.substring(0, at)), reference.substring(at + 1));
    }
    String repository = withoutTag(reference);
    return repository.length() == reference.length()
        ? new ImageName(reference, "latest")
        : new ImageName(repository, reference.substring(repository.length() + 1));
  }

  private static String withoutTag(String name) {
    int colon = name.lastIndexOf(':');
    return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
  }

  @Override
  public String toString() {
    return repository + ":" + tag;
  }
}
