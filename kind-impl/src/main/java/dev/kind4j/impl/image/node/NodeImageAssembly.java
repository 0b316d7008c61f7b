package dev.kind4j.impl.image.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kind4j.impl.image.kube.KubernetesBinaries;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Hashing;
import dev.kind4j.impl.util.Resources;
import dev.kind4j.spi.KubernetesArtifacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Packs Kubernetes onto a base image in kind's layout: kubeadm, kubelet and kubectl in {@code /usr/bin}, the
 * version in {@code /kind/version}, and the control-plane, etcd, pause and DNS images preloaded into containerd:
 * kubeadm's own pause, etcd and CoreDNS where a registry answers, else pause and etcd built here and kind4j's
 * offline DNS.
 * The work happens in a {@link BuildContainer} of the base image.
 */
final class NodeImageAssembly {

  private static final String ROOT = "/dev/kind4j/impl/image/node/";
  private static final List<String> TEMPLATES = List.of("static-component.Dockerfile", "kube-proxy.Dockerfile",
      "pause.Dockerfile", "etcd.Dockerfile");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Provider engine;
  private final Progress progress;
  private final String baseImage;
  private final KubernetesArtifacts artifacts;
  private final Path work;

  NodeImageAssembly(Provider engine, Progress progress, String baseImage, KubernetesArtifacts artifacts, Path work) {
    this.engine = engine;
    this.progress = progress;
    this.baseImage = baseImage;
    this.artifacts = artifacts;
    this.work = work;
  }

  /** What the assembly does, for the node image's cache key. */
  static String settings() {
    Hashing hash = Hashing.sha256().put("on node", String.join(" ", KubernetesBinaries.ON_NODE));
    TEMPLATES.forEach(name -> hash.put(name, Resources.bytes(ROOT + name)));
    ComponentImages.DNS_FILES.forEach(name -> hash.put(name, Resources.bytes(ROOT + name)));
    return hash.hex();
  }

  /** Builds the node image, tags it {@code reference} with {@code labels}, and returns its ID. */
  String assemble(String reference, Map<String, String> labels) {
    Components components = progress.step("Building control-plane, etcd, pause and DNS images", this::componentImages);
    return progress.step("Assembling node image " + reference, () -> pack(components, reference, labels));
  }

  /** The preloaded images: what the manifest says of them, and their archives by reference. */
  private record Components(NodeImageManifest manifest, Map<String, Path> archives) {}

  private Components componentImages() {
    String version = artifacts.version();
    Path bin = artifacts.binaries();
    ComponentImages images = new ComponentImages(engine, progress, baseImage, work);
    Map<String, Path> archives = new LinkedHashMap<>();
    for (String component : ControlPlaneImages.FROM_BINARIES) {
      String reference = ControlPlaneImages.reference(version, component);
      Optional<Path> shipped = artifacts.imageArchivesIfAny().map(dir -> dir.resolve(component + ".tar"));
      if (shipped.isPresent()) {
        images.load(shipped.get(), reference);
      } else if (component.equals("kube-proxy")) {
        images.kubeProxy(bin.resolve(component), reference);
      } else {
        images.staticComponent(bin.resolve(component), reference);
      }
      archives.put(reference, null);
    }
    Optional<UpstreamImages> upstream = UpstreamImages.pull(engine, baseImage, bin.resolve("kubeadm"), version, progress);
    NodeImageManifest manifest;
    if (upstream.isPresent()) {
      upstream.get().all().forEach(image -> archives.put(image, null));
      manifest = new NodeImageManifest(version, List.copyOf(archives.keySet()), upstream.get().pause(), null,
          true, null, false, false);
    } else {
      String pause = Files.isRegularFile(bin.resolve("pause"))
          ? images.pause(bin.resolve("pause"), pauseReference(version))
          : images.catatonitPause();
      archives.put(pause, null);
      NodeImageManifest.ImageName etcd = images.etcd();
      archives.put(etcd.repository() + "/etcd:" + etcd.tag(), null);
      String dns = images.dns();
      archives.put(dns, null);
      manifest = new NodeImageManifest(version, List.copyOf(archives.keySet()), pause, etcd, false, dns, false, false);
    }
    archives.replaceAll((image, unused) -> save(image));
    return new Components(manifest, archives);
  }

  /** Upstream's name when the build says which pause release it compiled, else a kind4j-local one. */
  private String pauseReference(String version) {
    Path versionFile = artifacts.binaries().resolveSibling("pause-version");
    try {
      return Files.isRegularFile(versionFile)
          ? ControlPlaneImages.repository(version) + "/pause:" + Files.readString(versionFile).strip()
          : ComponentImages.LOCAL_REPOSITORY + "/pause:" + version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path save(String image) {
    Path archive = work.resolve(image.replaceAll("[^A-Za-z0-9.-]", "_") + ".tar");
    try (InputStream saved = engine.saveImage(image)) {
      Files.createDirectories(work);
      Files.copy(saved, archive);
      return archive;
    } catch (IOException e) {
      throw new UncheckedIOException("saving " + image, e);
    }
  }

  private String pack(Components components, String reference, Map<String, String> labels) {
    try (BuildContainer container = BuildContainer.start(engine, baseImage)) {
      NodeContainer node = container.node();
      for (String binary : KubernetesBinaries.ON_NODE) {
        node.copyIn(artifacts.binaries().resolve(binary), "/usr/bin/" + binary);
      }
      node.write("/kind/version", (artifacts.version() + "\n").getBytes(StandardCharsets.UTF_8), 0644);
      container.preload(components.archives());
      node.exec("sed", "-i", "s#^\\(\\s*sandbox_image\\s*=\\s*\\).*#\\1\"" + components.manifest().pauseImage() + "\"#",
          "/etc/containerd/config.toml");
      node.write(NodeImageManifest.PATH, JSON.writeValueAsBytes(components.manifest()), 0644);
      Map<String, String> allLabels = new LinkedHashMap<>(labels);
      allLabels.put(Labels.KUBERNETES_VERSION, artifacts.version());
      return container.commit(reference, allLabels, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
