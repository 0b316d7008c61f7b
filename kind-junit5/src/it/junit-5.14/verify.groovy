// The one test ran on JUnit 5.14.4 with fabric8 7.5.2, passed, and its cluster is gone.
def report = new File(basedir, 'target/surefire-reports/TEST-it.ClusterTest.xml').text
assert report =~ /tests="[1-9]/ : report
assert report.contains('failures="0"') && report.contains('errors="0"') && report.contains('skipped="0"') : report
assert report.contains('junit-jupiter-api/5.14.4/') : 'the test did not run on JUnit 5.14.4'
assert !report.contains('junit-jupiter-api/6.') : 'kind-junit5 brought JUnit 6 along'
assert report.contains('kubernetes-client-api/7.5.2/') : 'the client was not fabric8 7.5.2'
assert !report.contains('kubernetes-client-api/8.') : 'kind-junit5 brought fabric8 8 along'

def containers = ['docker', 'ps', '-a', '--quiet', '--filter', 'label=io.x-k8s.kind.cluster=kind4j-junit-514'].execute()
assert containers.waitFor() == 0
assert containers.text.trim().isEmpty() : 'containers of kind4j-junit-514 are left'
return true
