package dev.kind4j.junit5;

import java.util.Optional;

/**
 * Where {@link KindCluster}'s clusters come from: {@link ClusterProvisioner}, through kind-api. Tests of the
 * extension replace it, to run without an engine, by naming a class of this package that implements it in the
 * JUnit configuration parameter (or system property) {@value #PARAMETER}; that parameter is for those tests only.
 */
interface Provisioner {

  /** Test-only: the configuration parameter that names a replacement. */
  String PARAMETER = "kind4j.junit5.provisioner";

  /** Why no Docker engine answers, or empty when one does. */
  Optional<String> dockerAbsence();

  /** Creates the cluster {@code spec} describes, named {@code name}, exporting its kubeconfig to a file of its own. */
  ProvisionedCluster create(ClusterSpec spec, String name);
}
