package dev.kind4j.impl.image.kube;

import dev.kind4j.KindException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Opens http, https and file URLs with time limits: to connect, for the server to answer, and for a
 * transfer that stops delivering data. Redirects are followed, but never from https to http.
 */
final class UrlFetcher {

  /** The limits for downloads from the internet. */
  static final UrlFetcher DEFAULT = new UrlFetcher(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(1));

  private final HttpClient client;
  private final Duration responseTimeout;
  private final Duration stallTimeout;

  UrlFetcher(Duration connectTimeout, Duration responseTimeout, Duration stallTimeout) {
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(connectTimeout).build();
    this.responseTimeout = responseTimeout;
    this.stallTimeout = stallTimeout;
  }

  /** The content at {@code url}, or empty when there is none (HTTP 404 or 410, or no such file). */
  Optional<InputStream> open(URI url) {
    try {
      if ("file".equals(url.getScheme())) {
        return Optional.of(Files.newInputStream(Path.of(url)));
      }
      HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url).timeout(responseTimeout).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      int status = response.statusCode();
      if (status == 200) {
        return Optional.of(new StallGuard(response.body(), stallTimeout, url));
      }
      response.body().close();
      if (status == 404 || status == 410) {
        return Optional.empty();
      }
      throw new KindException("downloading " + url + " failed with HTTP " + status);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new KindException("downloading " + url + " failed: " + e
          + "; without network access use fromTarball(path) or fromSource(path)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while downloading " + url, e);
    }
  }
}
