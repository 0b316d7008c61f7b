package dev.kind4j.impl.provider.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.VersionComponent;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.kind4j.KindException;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.NameInUseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * podman's own API, beside its Docker-compatible one on the same socket, for what the latter cannot express (see
 * {@link LibpodSpec}). Found by the "Podman Engine" component of the engine's version.
 */
final class LibpodApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PODMAN_COMPONENT = "Podman Engine";

  private final DockerHttpClient http;
  private final String apiVersion;

  private LibpodApi(DockerHttpClient http, String apiVersion) {
    this.http = http;
    this.apiVersion = apiVersion;
  }

  /** podman's API on this connection, if the engine that answered is podman. */
  static Optional<LibpodApi> of(Version version, DockerHttpClient http) {
    List<VersionComponent> components = version.getComponents() == null ? List.of() : version.getComponents();
    return components.stream()
        .filter(component -> PODMAN_COMPONENT.equals(component.getName()))
        .findFirst()
        .map(podman -> new LibpodApi(http, apiVersion(podman)));
  }

  private static String apiVersion(VersionComponent podman) {
    String api = podman.getDetails() == null ? null : podman.getDetails().get("APIVersion");
    return api == null || api.isBlank() ? podman.getVersion() : api;
  }

  /** Creates a container without starting it; returns its ID. */
  String create(ContainerSpec spec) {
    byte[] body = LibpodSpec.of(spec).toString().getBytes(StandardCharsets.UTF_8);
    DockerHttpClient.Request request = DockerHttpClient.Request.builder()
        .method(DockerHttpClient.Request.Method.POST)
        .path("/v" + apiVersion + "/libpod/containers/create")
        .putHeader("Content-Type", "application/json")
        .body(new ByteArrayInputStream(body))
        .build();
    String what = "creating container " + (spec.name() == null ? "from " + spec.image() : spec.name());
    try (DockerHttpClient.Response response = http.execute(request); InputStream in = response.getBody()) {
      JsonNode answer = JSON.readTree(in);
      if (response.getStatusCode() == 201) {
        return answer.path("Id").asText();
      }
      String message = answer.path("message").asText("status " + response.getStatusCode());
      if (answer.path("cause").asText().contains("name is already in use")) {
        throw new NameInUseException(what + " failed: " + message, null);
      }
      throw new KindException(what + " failed: " + message);
    } catch (IOException e) {
      throw new UncheckedIOException(what + " failed", e);
    }
  }
}
