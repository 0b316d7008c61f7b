package dev.kind4j.impl.session;

import dev.kind4j.Kind;
import dev.kind4j.ProgressListener;
import java.nio.file.Path;

/**
 * A JVM that creates a cluster, says so on standard output, then waits to be killed: {@code <name> <image>
 * <kubeconfig>}.
 */
public final class CreateAndHang {

  private CreateAndHang() {}

  public static void main(String[] args) throws InterruptedException {
    Kind.cluster().name(args[0]).image(args[1]).kubeconfigPath(Path.of(args[2])).progress(ProgressListener.NONE)
        .create();
    System.out.println("CREATED");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
