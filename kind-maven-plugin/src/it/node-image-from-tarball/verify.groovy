// build-node-image packed the tarball's Kubernetes onto the base image; the image is removed afterwards.
def image = 'kind4j-maven-it/node:tarball'
def log = new File(basedir, 'build.log').text
try {
  def version = ['docker', 'run', '--rm', '--entrypoint', 'cat', image, '/kind/version'].execute()
  assert version.waitFor() == 0
  assert version.text.trim() == 'v1.20.2'
  assert log =~ /(?m)^\[INFO\] (Built|Reused) node image kind4j-maven-it\/node:tarball \(sha256:/
  assert log =~ /(?m)^\[INFO\]  ✓ /
} finally {
  ['docker', 'rmi', image].execute().waitFor()
}
return true
