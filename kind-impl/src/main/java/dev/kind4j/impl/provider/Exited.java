package dev.kind4j.impl.provider;

/** A container run to its end: its exit code and its combined output. */
public record Exited(int exitCode, String output) {}
