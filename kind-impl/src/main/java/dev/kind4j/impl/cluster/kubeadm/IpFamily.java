package dev.kind4j.impl.cluster.kubeadm;

/** The IP families a cluster's Pods and Services use. */
public enum IpFamily {
  IPV4,
  IPV6,
  DUAL_STACK
}
