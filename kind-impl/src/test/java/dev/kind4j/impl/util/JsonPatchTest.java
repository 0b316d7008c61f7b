package dev.kind4j.impl.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPatchTest {

  /** Examples of RFC 6902, appendix A, and a few more. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'foo':'bar'}               | [{'op':'add','path':'/baz','value':'qux'}]                | {'foo':'bar','baz':'qux'}",
      "{'foo':['bar','baz']}       | [{'op':'add','path':'/foo/1','value':'qux'}]              | {'foo':['bar','qux','baz']}",
      "{'foo':['bar']}             | [{'op':'add','path':'/foo/-','value':'qux'}]              | {'foo':['bar','qux']}",
      "{'foo':['bar']}             | [{'op':'add','path':'/foo/1','value':'qux'}]              | {'foo':['bar','qux']}",
      "{'baz':'qux','foo':'bar'}   | [{'op':'remove','path':'/baz'}]                           | {'foo':'bar'}",
      "{'foo':['bar','qux','baz']} | [{'op':'remove','path':'/foo/1'}]                         | {'foo':['bar','baz']}",
      "{'baz':'qux','foo':'bar'}   | [{'op':'replace','path':'/baz','value':'boo'}]            | {'baz':'boo','foo':'bar'}",
      "{'foo':{'bar':'baz','waldo':'fred'},'qux':{'corge':'grault'}} | [{'op':'move','from':'/foo/waldo','path':'/qux/thud'}] | {'foo':{'bar':'baz'},'qux':{'corge':'grault','thud':'fred'}}",
      "{'foo':['all','grass','cows','eat']} | [{'op':'move','from':'/foo/1','path':'/foo/3'}]  | {'foo':['all','cows','eat','grass']}",
      "{'foo':{'bar':1}}           | [{'op':'copy','from':'/foo','path':'/baz'}]               | {'foo':{'bar':1},'baz':{'bar':1}}",
      "{'foo':'bar'}               | [{'op':'add','path':'/child','value':{'grandchild':{}}}]  | {'foo':'bar','child':{'grandchild':{}}}",
      "{'foo':['bar']}             | [{'op':'add','path':'/foo','value':['abc','def']}]        | {'foo':['abc','def']}",
      "{'/':9,'~1':10}             | [{'op':'test','path':'/~01','value':10},{'op':'add','path':'/a~1b','value':1}] | {'/':9,'~1':10,'a/b':1}",
      "{'a':1.0}                   | [{'op':'test','path':'/a','value':1}]                     | {'a':1.0}",
      "{'foo':'bar'}               | [{'op':'replace','path':'','value':['whole']}]             | ['whole']",
      "{'a':{'b':'c'}}             | [{'op':'test','path':'/a','value':{'b':'c'}},{'op':'remove','path':'/a/b'}] | {'a':{}}"})
  void appliesOperationsInOrder(String document, String patch, String expected) throws Exception {
    JsonNode original = json(document);

    assertThat(JsonPatch.parse(json(patch)).apply(original)).isEqualTo(json(expected));
    assertThat(original).as("the document is not changed").isEqualTo(json(document));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'foo':'bar'}         | [{'op':'add','path':'/baz/bat','value':'qux'}] | operation 0 (add /baz/bat): /baz does not exist",
      "{'foo':'bar'}         | [{'op':'remove','path':'/baz'}]                | operation 0 (remove /baz): /baz does not exist",
      "{'foo':'bar'}         | [{'op':'replace','path':'/baz','value':1}]     | operation 0 (replace /baz): /baz does not exist",
      "{'foo':['bar']}       | [{'op':'add','path':'/foo/5','value':1}]       | '5' is not an index of a list of 1 item",
      "{'foo':['bar']}       | [{'op':'add','path':'/foo/01','value':1}]      | '01' is not an index",
      "{'baz':'qux'}         | [{'op':'test','path':'/baz','value':'bar'}]    | operation 0 (test /baz): value is \"qux\", not \"bar\"",
      "{'a':{'b':1}}         | [{'op':'move','from':'/a','path':'/a/c'}]      | cannot move a value into itself",
      "{'a':1}               | [{'op':'add','path':'/b','value':2},{'op':'remove','path':'/c'}] | operation 1 (remove /c)"})
  void refusesWhatCannotApply(String document, String patch, String message) throws Exception {
    JsonPatch parsed = JsonPatch.parse(json(patch));

    assertThatThrownBy(() -> parsed.apply(json(document)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'op':'add','path':'/a'}                      | a JSON patch is a list",
      "[{'op':'add','path':'/a'}]                    | operation 0 (add): 'value' is missing",
      "[{'op':'remove','path':'/a'},{'op':'frob','path':'/a'}] | operation 1 (frob): unknown op",
      "[{'op':'move','path':'/a'}]                   | 'from' is missing",
      "[{'op':'remove'}]                             | 'path' is missing",
      "[{'op':'remove','path':'a'}]                  | 'a' is not a JSON pointer"})
  void refusesMalformedPatches(String patch, String message) {
    assertThatThrownBy(() -> JsonPatch.parse(json(patch)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aFailedPatchLeavesTheDocumentAlone() throws Exception {
    JsonNode document = json("{'a':1}");
    JsonPatch patch = JsonPatch.parse(json("[{'op':'add','path':'/b','value':2},{'op':'remove','path':'/zzz'}]"));

    assertThatThrownBy(() -> patch.apply(document)).isInstanceOf(IllegalArgumentException.class);
    assertThat(document).isEqualTo(json("{'a':1}"));
  }

  private static JsonNode json(String text) throws Exception {
    return Yaml.read(text.replace('\'', '"'));
  }
}
