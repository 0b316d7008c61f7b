// A kubernetes-server-linux-amd64.tar.gz of the test node image's binaries, the tarball build-node-image packs.
def run(List command) {
  def process = command.execute()
  def output = new StringBuilder()
  process.waitForProcessOutput(output, output)
  assert process.exitValue() == 0 : "${command.join(' ')}: ${output}"
  return output.toString().trim()
}

def root = new File(basedir, 'target/kubernetes')
def bin = new File(root, 'server/bin')
bin.mkdirs()
new File(root, 'version').text = 'v1.20.2\n'
def container = run(['docker', 'create', 'kind4j-test/node:v1.20.2'])
try {
  ['kubeadm', 'kubelet', 'kubectl', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kube-proxy'].each {
    run(['docker', 'cp', "${container}:/usr/bin/${it}", bin.path])
  }
} finally {
  run(['docker', 'rm', container])
}
run(['tar', '-C', new File(basedir, 'target').path, '-czf', new File(basedir, 'target/kubernetes-server-linux-amd64.tar.gz').path,
    'kubernetes'])
return true
