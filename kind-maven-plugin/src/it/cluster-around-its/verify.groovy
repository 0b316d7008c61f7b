// The build created the cluster, handed its kubeconfig to failsafe, loaded the image, and deleted the cluster.
def log = new File(basedir, 'build.log').text
def cluster = 'kind4j-maven-it'
['docker', 'rmi', 'kind4j-maven-it/hello:1'].execute().waitFor()

def containers = ['docker', 'ps', '-a', '--quiet', '--filter', "label=io.x-k8s.kind.cluster=${cluster}"].execute()
assert containers.waitFor() == 0
assert containers.text.trim().isEmpty() : "containers of ${cluster} are left"

def summary = new File(basedir, 'target/failsafe-reports/failsafe-summary.xml').text
assert summary.contains('<completed>4</completed>') : summary
assert summary.contains('<failures>0</failures>') && summary.contains('<errors>0</errors>') : summary

def kubeconfig = new File(basedir, 'target/kind4j/kubeconfig')
assert kubeconfig.isFile()
assert !kubeconfig.text.contains("kind-${cluster}") : "kind4j:delete left the context in ${kubeconfig}"
assert log.contains("Cluster ${cluster} runs; its kubeconfig is ${kubeconfig.absolutePath} (context kind-${cluster}), " +
    'in the properties kind4j.kubeconfig and kind4j.cluster')

// kind4j's status lines, through the plugin's listener, and its SLF4J lines, through Maven's SLF4J, are [INFO] lines.
assert log =~ /(?m)^\[INFO\]  ✓ Starting control-plane .*\(\d+\.\d s\)$/
assert log =~ /(?m)^\[INFO\] (Node containers run with --privileged|The engine refuses --privileged)/
assert log.contains("[INFO] Loaded kind4j-maven-it/hello:1 into nodes ${cluster}-control-plane of cluster ${cluster}")
assert log.contains('[INFO] No logs exported: no integration test failed')
assert log.contains("[INFO] Deleted cluster ${cluster}")
assert !new File(basedir, 'target/kind4j/logs').exists()
return true
