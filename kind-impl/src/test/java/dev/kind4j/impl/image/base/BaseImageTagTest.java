package dev.kind4j.impl.image.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseImageTagTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  private static final String HASH = "0123456789abcdef";

  @Test
  void defaultsToDateAndGitDescribeAsKindsMakeQuick() {
    assertThat(BaseImageTag.defaultTag(DAY, Optional.empty(), Optional.of("v0.1.0-3-gabc1234-dirty\n"), HASH))
        .isEqualTo("kindest/base:v20261127-v0.1.0-3-gabc1234-dirty");
  }

  @Test
  void usesAShortInputsHashOutsideAGitCheckout() {
    assertThat(BaseImageTag.defaultTag(DAY, Optional.empty(), Optional.empty(), HASH))
        .isEqualTo("kindest/base:v20261127-0123456");
  }

  @Test
  void tagVariableReplacesTheTagPart() {
    assertThat(BaseImageTag.defaultTag(DAY, Optional.of("v0.1.0"), Optional.of("abc1234"), HASH))
        .isEqualTo("kindest/base:v0.1.0");
  }

  @Test
  void blankTagVariableIsIgnored() {
    assertThat(BaseImageTag.defaultTag(DAY, Optional.of("  "), Optional.of("abc1234"), HASH))
        .isEqualTo("kindest/base:v20261127-abc1234");
  }

  @Test
  void invalidTagVariableNamesTheVariableAndTheFix() {
    assertThatThrownBy(() -> BaseImageTag.defaultTag(DAY, Optional.of("v0.1.0:bad"), Optional.empty(), HASH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TAG")
        .hasMessageContaining("TAG=v0.1.0");
  }
}
