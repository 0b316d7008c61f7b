package dev.kind4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkipTest {

  @Test
  void clusterGoalsAreSkippedWithTheTests() {
    assertThat(new DeleteMojo().skipReason()).isEmpty();
    DeleteMojo skip = new DeleteMojo();
    skip.skip = true;
    assertThat(skip.skipReason()).hasValue("skip");
    DeleteMojo skipITs = new DeleteMojo();
    skipITs.skipITs = true;
    assertThat(skipITs.skipReason()).hasValue("skipITs");
    CreateMojo skipTests = new CreateMojo();
    skipTests.skipTests = true;
    assertThat(skipTests.skipReason()).hasValue("skipTests");
    LoadMojo testSkip = new LoadMojo();
    testSkip.mavenTestSkip = true;
    assertThat(testSkip.skipReason()).hasValue("maven.test.skip");
  }

  @Test
  void buildingANodeImageIsSkippedWithTheIntegrationTestsOnly() {
    BuildNodeImageMojo build = new BuildNodeImageMojo();
    assertThat(build.skipReason()).isEmpty();
    build.skipITs = true;
    assertThat(build.skipReason()).hasValue("skipITs");
  }
}
