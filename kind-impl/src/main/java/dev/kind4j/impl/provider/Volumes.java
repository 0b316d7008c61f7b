package dev.kind4j.impl.provider;

/** The engine's named volumes. */
public interface Volumes {

  /** Removes a named volume, ignoring one that is already gone. */
  void removeVolume(String name);

  /** Whether a volume of this name exists. */
  boolean volumeExists(String name);
}
