package dev.kind4j.impl.cluster.kubeconfig;

/** kubeadm's admin.conf as a control-plane node holds it, for tests. */
final class AdminConf {

  private AdminConf() {}

  static String text() {
    return """
        apiVersion: v1
        clusters:
        - cluster:
            certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
            server: https://demo-control-plane:6443
          name: demo
        contexts:
        - context:
            cluster: demo
            user: kubernetes-admin
          name: kubernetes-admin@demo
        current-context: kubernetes-admin@demo
        kind: Config
        preferences: {}
        users:
        - name: kubernetes-admin
          user:
            client-certificate-data: Y2VydA==
            client-key-data: a2V5
        """;
  }

  /** The cluster named {@code name}'s kubeconfig, its server at {@code https://127.0.0.1:<port>}. */
  static ClusterKubeconfig cluster(String name, int port) {
    return ClusterKubeconfig.fromKubeadm(text(), name, "https://127.0.0.1:" + port);
  }
}
