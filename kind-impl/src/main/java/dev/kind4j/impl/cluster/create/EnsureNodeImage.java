package dev.kind4j.impl.cluster.create;

/** Makes sure every node image is present, pulling the missing ones as kind does. */
final class EnsureNodeImage implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Ensuring node image (" + String.join(", ", images(context)) + ") 🖼";
  }

  @Override
  public void run(CreationContext context) {
    for (String image : images(context)) {
      context.engine.presentOrPulled(image, reason -> "image: " + image + " is neither present nor pullable ("
          + reason + "); build one offline with Kind.nodeImage().fromSource(...).image(\"" + image + "\").build(), "
          + "or load it with `docker load`");
    }
  }

  private static java.util.List<String> images(CreationContext context) {
    return context.plan.nodes().stream().map(PlannedNode::image).distinct().toList();
  }
}
