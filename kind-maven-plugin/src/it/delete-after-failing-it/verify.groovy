// The integration test failed, yet the cluster's logs were exported and the cluster deleted before the build failed.
def log = new File(basedir, 'build.log').text
def cluster = 'kind4j-maven-it-failing'

def containers = ['docker', 'ps', '-a', '--quiet', '--filter', "label=io.x-k8s.kind.cluster=${cluster}"].execute()
assert containers.waitFor() == 0
assert containers.text.trim().isEmpty() : "containers of ${cluster} are left"

def logs = new File(basedir, 'target/kind4j/logs')
assert new File(logs, 'docker-info.txt').isFile()
['journal.log', 'kubelet.log', 'containerd.log', 'inspect.json'].each { name ->
  def file = new File(logs, "${cluster}-control-plane/${name}")
  assert file.isFile() && file.length() > 0 : "${file} is missing or empty"
}

def exported = log.indexOf("[INFO] Exporting the logs of cluster ${cluster} to ${logs.absolutePath}: " +
    '1 failure and 0 errors in 1 test')
def deleted = log.indexOf("[INFO] Deleted cluster ${cluster}")
def failed = log.indexOf('There are test failures.')
assert exported >= 0 && deleted > exported && failed > deleted : 'export-logs, then delete, then failsafe:verify failed'
assert log.contains('fails on purpose: the build must still export the cluster\'s logs and delete it')
return true
