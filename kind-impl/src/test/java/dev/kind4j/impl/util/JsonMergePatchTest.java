package dev.kind4j.impl.util;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonMergePatchTest {

  /** The examples of RFC 7386, appendix A. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'a':'b'}                    | {'a':'c'}                | {'a':'c'}",
      "{'a':'b'}                    | {'b':'c'}                | {'a':'b','b':'c'}",
      "{'a':'b'}                    | {'a':null}               | {}",
      "{'a':'b','b':'c'}            | {'a':null}               | {'b':'c'}",
      "{'a':['b']}                  | {'a':'c'}                | {'a':'c'}",
      "{'a':'c'}                    | {'a':['b']}              | {'a':['b']}",
      "{'a':{'b':'c'}}              | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
      "{'a':[{'b':'c'}]}            | {'a':[1]}                | {'a':[1]}",
      "['a','b']                    | ['c','d']                | ['c','d']",
      "{'a':'b'}                    | ['c']                    | ['c']",
      "{'a':'foo'}                  | null                     | null",
      "{'a':'foo'}                  | 'bar'                    | 'bar'",
      "{'e':null}                   | {'a':1}                  | {'e':null,'a':1}",
      "[1,2]                        | {'a':'b','c':null}       | {'a':'b'}",
      "{}                           | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}"})
  void mergesAsTheRfcShows(String target, String patch, String expected) throws Exception {
    JsonNode original = json(target);

    assertThat(JsonMergePatch.apply(original, json(patch))).isEqualTo(json(expected));
    assertThat(original).as("the target is not changed").isEqualTo(json(target));
  }

  private static JsonNode json(String text) throws Exception {
    return Yaml.read(text.replace('\'', '"'));
  }
}
