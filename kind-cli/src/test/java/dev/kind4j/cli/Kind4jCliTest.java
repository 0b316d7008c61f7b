package dev.kind4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as parsed and checked before any engine is asked: kind's tree, flags, errors and exit codes. */
class Kind4jCliTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Kind4jCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void anUnknownFlagIsKindsErrorWithExitCode1() {
    assertThat(run("create", "cluster", "--foo")).isEqualTo(new Run(1, "", "ERROR: unknown flag: --foo\n"));
    assertThat(run("get", "clusters", "--foo=bar")).isEqualTo(new Run(1, "", "ERROR: unknown flag: --foo\n"));
  }

  @Test
  void anUnknownCommandNamesItsParent() {
    assertThat(run("frob").err()).isEqualTo("ERROR: unknown command \"frob\" for \"kind4j\"\n");
    assertThat(run("get", "clusters", "extra"))
        .isEqualTo(new Run(1, "", "ERROR: unknown command \"extra\" for \"kind4j get clusters\"\n"));
  }

  @Test
  void aBadWaitIsRefusedWithGosMessage() {
    assertThat(run("create", "cluster", "--wait", "5x")).isEqualTo(new Run(1, "",
        "ERROR: invalid argument \"5x\" for \"--wait\" flag: time: unknown unit \"x\" in duration \"5x\"\n"));
    assertThat(run("create", "cluster", "--wait", "5").err())
        .isEqualTo("ERROR: invalid argument \"5\" for \"--wait\" flag: time: missing unit in duration \"5\"\n");
    assertThat(run("create", "cluster", "--wait=-1m").err()).startsWith("ERROR: invalid argument \"-1m\" for "
        + "\"--wait\" flag: must not be negative");
  }

  @Test
  void aBadClusterNameNamesTheFlagAndTheFix() {
    Run run = run("create", "cluster", "--name", "Bad_Name");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("ERROR: invalid argument \"Bad_Name\" for \"--name\" flag: 'Bad_Name' is not a "
        + "cluster name; use up to 50 lowercase letters, digits, '.' and '-', such as 'dev'\n");
  }

  @Test
  void aMissingConfigNamesTheFlagAndKeepsTheCause() {
    Run run = run("create", "cluster", "--config", "/nonexistent/kind.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("ERROR: invalid argument \"/nonexistent/kind.yaml\" for \"--config\" flag: "
        + "cannot read /nonexistent/kind.yaml (java.nio.file.NoSuchFileException: /nonexistent/kind.yaml)");
  }

  @Test
  void flagsThatExcludeEachOtherAreRefused() {
    assertThat(run("create", "cluster", "--image", "kind4j/node:v1.20.2", "--kubernetes-version", "1.20"))
        .isEqualTo(new Run(1, "", "ERROR: --image and --kubernetes-version both choose the node image; pass one of "
            + "them\n"));
    assertThat(run("delete", "clusters", "--all", "dev")).isEqualTo(new Run(1, "",
        "ERROR: --all deletes every cluster; pass --all or cluster names, not both\n"));
    assertThat(run("delete", "clusters")).isEqualTo(new Run(1, "",
        "ERROR: no cluster names given; pass them, or --all to delete every cluster\n"));
  }

  @Test
  void aSourceOfNoKnownShapeIsRefused() {
    Run run = run("build", "node-image", "--type", "docker", "/nonexistent/kubernetes");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("ERROR: invalid argument \"/nonexistent/kubernetes\" for source: "
        + "'/nonexistent/kubernetes' is neither a directory, a file, a URL nor a release");
  }

  @Test
  void aMissingArgumentIsAnError() {
    assertThat(run("load", "docker-image")).isEqualTo(new Run(1, "", "ERROR: Missing required parameter: 'IMAGE'\n"));
  }

  @Test
  void verbosityIsTakenBeforeOrAfterTheCommand() {
    CommandLine before = Kind4jCli.commandLine();
    before.parseArgs("-v", "2", "get", "clusters");
    CommandLine after = Kind4jCli.commandLine();
    after.parseArgs("get", "clusters", "--verbosity=3");

    assertThat(((RootCommand) before.getCommand()).verbosity()).isEqualTo(2);
    assertThat(((RootCommand) after.getCommand()).verbosity()).isEqualTo(3);
    assertThat(run("-v", "x", "version").err()).isEqualTo("ERROR: invalid argument \"x\" for \"--verbosity\" flag: "
        + "the verbosity is a whole number, 0 or more, such as -v 1\n");
  }

  @Test
  void theClusterNameDefaultsToKindClusterNameElseKind() {
    CommandLine commandLine = Kind4jCli.commandLine();
    CommandLine.ParseResult parsed = commandLine.parseArgs("get", "nodes");
    GetNodesCommand nodes = (GetNodesCommand) parsed.subcommand().subcommand().commandSpec().userObject();
    String env = System.getenv("KIND_CLUSTER_NAME");

    assertThat(nodes.name.name()).isEqualTo(env == null || env.isBlank() ? "kind" : env);
  }

  @Test
  void helpShowsKindsCommandTree() {
    Run run = run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("build ", "completion ", "create ", "delete ", "export ", "get ", "load ",
        "version ");
    assertThat(run("create", "cluster", "--help").out()).contains("--name", "--image", "--kubernetes-version",
        "--config", "--wait", "--retain", "--kubeconfig", "outlives this command");
    assertThat(run("get").out()).contains("clusters", "nodes", "kubeconfig");
  }

  @Test
  void versionIsKindsLine() {
    Run run = run("version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("kind4j v\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? java\\S+ \\S+/\\S+\n");
    assertThat(run("--version").out()).isEqualTo(run.out());
  }

  @Test
  void completionPrintsABashScriptOfTheTree() {
    Run run = run("completion", "bash");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F", "kind4j", "docker-image", "node-image", "--kubernetes-version");
    assertThat(run("completion", "fish").exitCode()).isEqualTo(1);
  }
}
