package dev.kind4j.impl.cluster.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> FIELDS = List.of("role", "image", "extraMounts", "extraPortMappings");

  @Test
  void suggestsTheClosestWordForATypo() {
    assertThat(Suggestions.closest("extraPortMapping", FIELDS)).contains("extraPortMappings");
    assertThat(Suggestions.closest("extramounts", FIELDS)).contains("extraMounts");
    assertThat(Suggestions.closest("imagee", FIELDS)).contains("image");
  }

  @Test
  void suggestsNothingForAnUnrelatedWord() {
    assertThat(Suggestions.closest("gpus", FIELDS)).isEmpty();
    assertThat(Suggestions.closest("master", List.of("control-plane", "worker"))).isEmpty();
    assertThat(Suggestions.closest("x", List.of())).isEmpty();
  }
}
