package dev.kind4j.cli;

import dev.kind4j.BuildType;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.NodeImageBuilder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kind4j build node-image}: Kubernetes packed onto a base image, as kind builds it. An image built from the
 * same inputs is reused and tagged, which takes seconds.
 */
@Command(name = "node-image", sortOptions = false,
    description = "Build the node image which contains Kubernetes build artifacts and other kind requirements")
final class BuildNodeImageCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "source", arity = "0..1",
      description = "a Kubernetes source tree (default: the current directory, else $GOPATH/src/k8s.io/kubernetes), "
          + "a kubernetes-server-linux-<arch>.tar.gz, its URL, or a release such as v1.20.2")
  String source;

  @Option(names = "--type", paramLabel = "string",
      description = "build type: docker (the default for source trees), host, bazel, tarball, url, release, or a "
          + "plugin's")
  String type;

  @Option(names = "--image", paramLabel = "string", defaultValue = NodeImageBuilder.DEFAULT_IMAGE,
      description = "name:tag of the resulting image to be built (default ${DEFAULT-VALUE})")
  String image;

  @Option(names = "--base-image", paramLabel = "string",
      description = "name:tag of the base image to use for the build (default: kind4j's base image, built or reused)")
  String baseImage;

  @Option(names = "--arch", paramLabel = "string", description = "architecture to build for, defaults to the host "
      + "architecture")
  String arch;

  @Override
  public Integer call() {
    NodeImageBuilder builder = Kind.nodeImage().progress(RootCommand.of(spec).status());
    Flags.apply(spec, "source", source, value -> NodeImageSource.apply(value, builder));
    Flags.apply(spec, "--type", type, value -> builder.type(BuildType.of(value)));
    Flags.apply(spec, "--image", image, builder::image);
    Flags.apply(spec, "--base-image", baseImage, builder::baseImage);
    Flags.apply(spec, "--arch", arch, builder::arch);
    ImageRef built = builder.build();
    spec.commandLine().getErr().println("Image \"" + built.name() + "\" build completed" + (built.reused()
        ? ", reused from an image built from the same inputs (" + built.id() + ")." : "."));
    return 0;
  }
}
