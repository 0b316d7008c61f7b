package dev.kind4j.cli;

import dev.kind4j.BaseImageBuilder;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kind4j build base-image}: kind's base image, as {@code make quick} in kind's {@code images/base} builds it. */
@Command(name = "base-image", description = "Build the base image: Debian with systemd, containerd, runc and the "
    + "CNI plugins, which node images are built on")
final class BuildBaseImageCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"--image", "--tag"}, paramLabel = "string",
      description = "name:tag of the resulting image (default: kindest/base:v<yyyyMMdd>-<git describe --always "
          + "--dirty>; the TAG environment variable replaces the part after the colon)")
  String image;

  @Override
  public Integer call() {
    BaseImageBuilder builder = Kind.baseImage().progress(RootCommand.of(spec).status());
    Flags.apply(spec, "--image", image, builder::tag);
    ImageRef built = builder.build();
    spec.commandLine().getErr().println("Image \"" + built.name() + "\" build completed" + (built.reused()
        ? ", reused from an image built from the same inputs (" + built.id() + ")." : "."));
    return 0;
  }
}
