package dev.kind4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {

  private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

  @Test
  void isPrefixedLowercasedAndRandomized() {
    assertThat(Names.generate("OperatorTest")).matches("kind4j-operatortest-[a-z0-9]{6}");
  }

  @Test
  void replacesRunsOfOtherCharactersAndTrimsDashes() {
    assertThat(Names.generate("_My_Fancy$$Test_")).matches("kind4j-my-fancy-test-[a-z0-9]{6}");
    assertThat(Names.generate("$$")).matches("kind4j-test-[a-z0-9]{6}");
  }

  @Test
  void cutsLongHintsToFiftyCharacters() {
    String name = Names.generate("AVeryLongTestClassNameThatGoesOnAndOnAndOn_ForeverAndEver");

    assertThat(name).hasSize(Names.MAX_LENGTH).startsWith("kind4j-averylongtestclassnamethatgoesonando-");
    assertThat(Names.generate("x".repeat(35) + "_Tail")).matches("kind4j-x{35}-[a-z0-9]{6}");
  }

  @Test
  void isAValidClusterNameAndNamespace() {
    for (String hint : new String[] {"A", "Test1", "Über_Test", "a.b-c", "x".repeat(100), "9Lives"}) {
      String name = Names.generate(hint);
      assertThat(name).matches("[a-z0-9.-]+").matches(DNS_LABEL).hasSizeLessThanOrEqualTo(Names.MAX_LENGTH);
    }
  }

  @Test
  void isUnique() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      names.add(Names.generate("Same"));
    }
    assertThat(names).hasSize(10_000);
  }
}
