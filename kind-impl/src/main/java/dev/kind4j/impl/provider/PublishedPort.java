package dev.kind4j.impl.provider;

/** A container port as published by the engine, with the address this machine reaches it at. */
public record PublishedPort(String hostIp, int port) {}
