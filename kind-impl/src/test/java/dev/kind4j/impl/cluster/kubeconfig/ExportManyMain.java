package dev.kind4j.impl.cluster.kubeconfig;

import java.nio.file.Path;
import java.util.Map;

/**
 * Run by {@link KubeconfigFileTest} in a second JVM: prints {@code ready} once loaded, then exports
 * clusters {@code <prefix>0} to {@code <prefix><count-1>} into one file.
 */
public final class ExportManyMain {

  private ExportManyMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String prefix = args[1];
    int count = Integer.parseInt(args[2]);
    AdminConf.cluster("warm-up", 1);
    System.out.println("ready");
    System.out.flush();
    for (int i = 0; i < count; i++) {
      Kubeconfigs.export(AdminConf.cluster(prefix + i, 30000 + i), file, Map.of(), file.getParent());
    }
  }
}
