package dev.kind4j;

/** A node's role, as kind names it in the {@code io.x-k8s.kind.role} label and in v1alpha4 configs. */
public enum NodeRole {
  CONTROL_PLANE("control-plane"),
  WORKER("worker");

  private final String label;

  NodeRole(String label) {
    this.label = label;
  }

  /** The value kind uses in labels, container names and configs. */
  public String label() {
    return label;
  }

  /** The role for a label value, such as {@code control-plane}. */
  public static NodeRole fromLabel(String label) {
    for (NodeRole role : values()) {
      if (role.label.equals(label)) {
        return role;
      }
    }
    throw new IllegalArgumentException("role: '" + label + "' is not a node role; use 'control-plane' or 'worker'");
  }
}
