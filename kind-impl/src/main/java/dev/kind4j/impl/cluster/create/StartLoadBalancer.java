package dev.kind4j.impl.cluster.create;

import dev.kind4j.config.IpFamily;
import dev.kind4j.impl.cluster.loadbalancer.HaproxyConfig;
import dev.kind4j.impl.cluster.loadbalancer.LoadBalancer;
import dev.kind4j.impl.cluster.loadbalancer.LoadBalancerImage;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeSpec;

/**
 * Starts the load balancer in front of several control planes, as kind does, before the first of them starts: it
 * carries this create's labels, so a failed create removes it with the nodes, and publishes the API server port on
 * the host.
 */
final class StartLoadBalancer implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Configuring the external load balancer ⚖️";
  }

  @Override
  public boolean applies(CreationContext context) {
    return context.plan.loadBalanced();
  }

  @Override
  public void run(CreationContext context) {
    String image = LoadBalancerImage.ensure(context.engine, context.plan.nodes().get(0).image(), context.progress);
    String config = HaproxyConfig.render(NodeSpec.API_SERVER_CONTAINER_PORT,
        context.controlPlanes().stream().map(NodeContainer::name).toList(),
        context.config.networking().ipFamily() == IpFamily.IPV6);
    var api = new ContainerSpec.PortBinding(context.config.networking().apiServerAddress(),
        context.plan.apiServerPort(), NodeSpec.API_SERVER_CONTAINER_PORT, "tcp");
    LoadBalancer.start(context.engine, context.name, image, context.plan.network(), api, context.nodeLabels(), config);
  }
}
