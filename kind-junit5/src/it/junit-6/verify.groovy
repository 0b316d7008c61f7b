// The one test ran on JUnit 6.1.3, passed, and its cluster is gone.
def report = new File(basedir, 'target/surefire-reports/TEST-it.ClusterTest.xml').text
assert report =~ /tests="[1-9]/ : report
assert report.contains('failures="0"') && report.contains('errors="0"') && report.contains('skipped="0"') : report
assert report.contains('junit-jupiter-api/6.1.3/') : 'the test did not run on JUnit 6.1.3'
assert !report.contains('junit-jupiter-api/5.') : 'kind-junit5 brought JUnit 5 along'

def containers = ['docker', 'ps', '-a', '--quiet', '--filter', 'label=io.x-k8s.kind.cluster=kind4j-junit-6'].execute()
assert containers.waitFor() == 0
assert containers.text.trim().isEmpty() : 'containers of kind4j-junit-6 are left'
return true
