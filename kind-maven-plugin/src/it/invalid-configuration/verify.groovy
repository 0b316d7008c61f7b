// The build failed with an error that names the parameter, the property that sets it and the fix.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] Failed to execute goal dev.kind4j:kind-maven-plugin:${projectVersion}:create (default) on " +
    "project invalid-configuration: name: 'Not_A_Cluster_Name' is not a cluster name; use up to 50 lowercase " +
    "letters, digits, '.' and '-', such as 'dev' (<name> in the plugin's configuration, or -Dkind4j.cluster) -> [Help 1]")
assert !log.contains('Creating cluster')
return true
