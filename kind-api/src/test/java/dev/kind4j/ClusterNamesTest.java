package dev.kind4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterNamesTest {

  private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

  @Test
  void isPrefixedLowercasedAndRandomized() {
    assertThat(ClusterNames.fresh("OperatorTest")).matches("kind4j-operatortest-[a-z0-9]{6}");
  }

  @Test
  void replacesRunsOfOtherCharactersAndTrimsDashes() {
    assertThat(ClusterNames.fresh("_My_Fancy$$Test_")).matches("kind4j-my-fancy-test-[a-z0-9]{6}");
    assertThat(ClusterNames.fresh("$$")).matches("kind4j-[a-z0-9]{6}");
    assertThat(ClusterNames.fresh("My_Service.IT")).matches("kind4j-my-service-it-[a-z0-9]{6}");
  }

  @Test
  void cutsLongHintsToFiftyCharacters() {
    String name = ClusterNames.fresh("AVeryLongTestClassNameThatGoesOnAndOnAndOn_ForeverAndEver");

    assertThat(name).hasSize(ClusterNames.MAX_LENGTH).startsWith("kind4j-averylongtestclassnamethatgoesonando-");
    assertThat(ClusterNames.fresh("x".repeat(35) + "_Tail")).matches("kind4j-x{35}-[a-z0-9]{6}");
  }

  @Test
  void isAValidClusterNameAndNamespace() {
    for (String hint : new String[] {"A", "Test1", "Über_Test", "a.b-c", "x".repeat(100), "9Lives"}) {
      String name = ClusterNames.fresh(hint);
      assertThat(name).matches("[a-z0-9.-]+").matches(DNS_LABEL).hasSizeLessThanOrEqualTo(ClusterNames.MAX_LENGTH);
    }
  }

  @Test
  void isUnique() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      names.add(ClusterNames.fresh("Same"));
    }
    assertThat(names).hasSize(10_000);
  }
}
