package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> lines = new ArrayList<>();
  private final BuildOutput output = new BuildOutput(lines::add);

  @Test
  void passesOnNonBlankLinesAndKeepsTheLast30() throws Exception {
    for (int i = 1; i <= 40; i++) {
      output.accept(item("{\"stream\": \"step " + i + "\\n\\n\"}"));
    }
    assertThat(lines).hasSize(40);
    assertThat(output.tail()).startsWith("\nthe end of the build output:\nstep 11\n").endsWith("\nstep 40");
    assertThat(output.error()).isEmpty();
  }

  @Test
  void keepsTheErrorTheEngineReports() throws Exception {
    output.accept(item("{\"errorDetail\": {\"code\": 1, \"message\": \"RUN failed: exit 2\"},"
        + " \"error\": \"RUN failed: exit 2\"}"));
    assertThat(output.error()).contains("RUN failed: exit 2");
    assertThat(output.tail()).isEmpty();
  }

  private static BuildResponseItem item(String json) throws Exception {
    return JSON.readValue(json, BuildResponseItem.class);
  }
}
