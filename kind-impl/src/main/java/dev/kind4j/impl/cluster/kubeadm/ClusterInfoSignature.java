package dev.kind4j.impl.cluster.kubeadm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature kube-controller-manager's bootstrap signer adds to the {@code kube-public/cluster-info} ConfigMap
 * for a bootstrap token, under {@code jws-kubeconfig-<token id>}: a detached JWS, HS256 keyed with the token's
 * secret, over the ConfigMap's kubeconfig. {@code kubeadm join} trusts the cluster-info only with it, and asks again
 * only every 5 s while it is missing; whoever created the token can add it at once.
 */
public final class ClusterInfoSignature {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private ClusterInfoSignature() {}

  /** The ConfigMap key the signature goes under, such as {@code jws-kubeconfig-abcdef}. */
  public static String key(String token) {
    return "jws-kubeconfig-" + tokenId(token);
  }

  /**
   * @param kubeconfig the {@code kubeconfig} entry of the cluster-info ConfigMap
   * @param token a bootstrap token {@code <id>.<secret>}
   * @return {@code <protected header>..<signature>}, as the bootstrap signer computes it
   */
  public static String of(String kubeconfig, String token) {
    String header = BASE64URL.encodeToString(("{\"alg\":\"HS256\",\"kid\":\"" + tokenId(token) + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    String signingInput = header + "." + BASE64URL.encodeToString(kubeconfig.getBytes(StandardCharsets.UTF_8));
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(tokenSecret(token).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return header + ".." + BASE64URL.encodeToString(hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  private static String tokenId(String token) {
    return parts(token)[0];
  }

  private static String tokenSecret(String token) {
    return parts(token)[1];
  }

  private static String[] parts(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new IllegalArgumentException("token: '" + token + "' is not a bootstrap token; use the form 'abcdef.0123456789abcdef'");
    }
    return parts;
  }
}
