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
// the node image holds kubeadm, kubelet and kubectl; the components sit in the images its build left in the engine
def copyOut(String image, List files, String directory, File target) {
  // never started; the entrypoint is there because a component image has none and a container needs one
  def container = run(['docker', 'create', '--entrypoint', directory + files[0], image])
  try {
    files.each { run(['docker', 'cp', "${container}:${directory}${it}", target.path]) }
  } finally {
    run(['docker', 'rm', container])
  }
}
copyOut('kind4j-test/node:v1.20.2', ['kubeadm', 'kubelet', 'kubectl'], '/usr/bin/', bin)
['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kube-proxy'].each {
  copyOut("k8s.gcr.io/${it}:v1.20.2", [it], '/usr/local/bin/', bin)
}
run(['tar', '-C', new File(basedir, 'target').path, '-czf', new File(basedir, 'target/kubernetes-server-linux-amd64.tar.gz').path,
    'kubernetes'])
return true
