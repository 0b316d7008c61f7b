// The sample compiled against the BOM's versions, and every published module attached sources and javadoc.
assert new File(basedir, 'target/classes/it/CreatesACluster.class').isFile()

def root = new File(reactorRoot)
['kind-api', 'kind-impl', 'kind-junit5', 'kind-cli', 'kind-maven-plugin'].each { module ->
  ['sources', 'javadoc'].each { classifier ->
    def jar = new File(root, "${module}/target/${module}-${kind4jVersion}-${classifier}.jar")
    assert jar.isFile() : "${jar} is missing"
    assert jar.length() > 0 : "${jar} is empty"
  }
}
return true
