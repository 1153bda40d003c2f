package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The README's Java blocks compile as shown and print what their comments say.
 *
 * <p>A block is its imports and its statements. Read top to bottom, the blocks are one program: a
 * later block may use the variables an earlier one declares, so each block is compiled with only
 * its own imports, as a method that takes the earlier variables it uses as parameters. Each {@code
 * System.out.println} states its output in the comment after it, on its line or on the comment
 * lines below it.
 */
class ReadmeJavaTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\R(.*?)\\R```");
  private static final Pattern DECLARATION =
      Pattern.compile("^([A-Z][\\w.]*(?:<[^=]*>)?)\\s+(\\w+)\\s*=");
  private static final Pattern TRAILING_COMMENT = Pattern.compile(";\\s*//\\s?(.*)$");
  private static final String PRINT = "System.out.println(";

  private static List<Block> blocks;

  @TempDir Path classes;

  @BeforeAll
  static void readTheReadme() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(Block.of(m.group(1)));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theDependenciesPasteIntoAPomAsWellFormedXml() throws Exception {
    Matcher m =
        Pattern.compile("(?s)```xml\\R(.*?)\\R```")
            .matcher(Files.readString(README, StandardCharsets.UTF_8));
    assertThat(m.find()).isTrue();
    String dependencies = "<dependencies>" + m.group(1) + "</dependencies>";

    Document pom =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(dependencies.getBytes(StandardCharsets.UTF_8)));

    NodeList each = pom.getElementsByTagName("dependency");
    assertThat(each.getLength()).isEqualTo(5);
    for (int i = 0; i < each.getLength(); i++) {
      assertThat(each.item(i).getParentNode()).isSameAs(pom.getDocumentElement());
    }
  }

  @Test
  void theFirstExampleIsShortAndNamesItsImports() {
    Block first = blocks.get(0);

    assertThat(first.nonBlankLines()).isLessThanOrEqualTo(16);
    assertThat(first.imports()).contains("import dev.hearsay.core.model.*;");
  }

  @Test
  void theJsonExampleNamesThePackageOfHearsayModule() {
    assertThat(blocks)
        .anySatisfy(
            block ->
                assertThat(block.imports()).contains("import dev.hearsay.jackson.HearsayModule;"));
  }

  @Test
  void everyBlockCompilesWithItsOwnImports() throws Exception {
    Map<String, String> declared = new LinkedHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      List<String> parameters = new ArrayList<>();
      declared.forEach(
          (name, type) -> {
            if (Pattern.compile("\\b" + name + "\\b").matcher(block.statements()).find()) {
              parameters.add(type + " " + name);
            }
          });
      String source =
          String.join("\n", block.imports())
              + "\n\nclass ReadmeBlock"
              + i
              + " {\n"
              + "  static void run("
              + String.join(", ", parameters)
              + ") throws Exception {\n"
              + block.statements()
              + "\n  }\n}\n";

      compile("ReadmeBlock" + i, source);
      declared.putAll(block.declarations());
    }
  }

  @Test
  void theFirstExamplePrintsWhatItsCommentsSay() throws Exception {
    Block first = blocks.get(0);

    List<String> printed = run(program("ReadmeFirstExample", List.of(first)));

    assertThat(first.expectedOutput()).isNotEmpty();
    assertThat(printed).isEqualTo(first.expectedOutput());
  }

  @Test
  void theBlocksInOrderPrintWhatTheirCommentsSay() throws Exception {
    List<String> expected = blocks.stream().flatMap(b -> b.expectedOutput().stream()).toList();

    List<String> printed = run(program("ReadmeProgram", blocks));

    assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
    assertThat(printed).isEqualTo(expected);
  }

  /** The blocks as one program: every import, then every statement in order. */
  private static String[] program(String name, List<Block> parts) {
    Set<String> imports = new LinkedHashSet<>();
    parts.forEach(b -> imports.addAll(b.imports()));
    String statements = parts.stream().map(Block::statements).collect(Collectors.joining("\n"));
    return new String[] {
      name,
      String.join("\n", imports)
          + "\n\npublic class "
          + name
          + " {\n"
          + "  public static void run() throws Exception {\n"
          + statements
          + "\n  }\n}\n"
    };
  }

  /** Compiles and runs a program, returning what it printed, a line for each line. */
  private List<String> run(String[] program) throws Exception {
    compile(program[0], program[1]);
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method run = loader.loadClass(program[0]).getMethod("run");
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      run.invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the README's code failed", e.getCause());
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).lines().map(ReadmeJavaTest::spaced).toList();
  }

  private void compile(String name, String source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "-d",
            classes.toString(),
            "-classpath",
            System.getProperty("java.class.path"),
            "-proc:none",
            "-Xlint:all",
            "-Werror");
    boolean compiled =
        javac
            .getTask(null, null, diagnostics, options, null, List.of(new Source(name, source)))
            .call();

    assertThat(compiled)
        .as(
            "the README's Java compiles:\n%s\n%s",
            numbered(source),
            diagnostics.getDiagnostics().stream()
                .map(d -> d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n")))
        .isTrue();
  }

  private static String numbered(String source) {
    List<String> lines = source.lines().toList();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(String.format(Locale.ROOT, "%3d  %s%n", i + 1, lines.get(i)));
    }
    return text.toString();
  }

  /** The text with each run of white space as one space, as a comment wraps it. */
  private static String spaced(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** One Java block of the README. */
  private record Block(List<String> imports, List<String> lines) {
    static Block of(String text) {
      List<String> imports = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (String line : text.split("\\R")) {
        (line.startsWith("import ") ? imports : lines).add(line);
      }
      return new Block(imports, lines);
    }

    String statements() {
      return String.join("\n", lines);
    }

    long nonBlankLines() {
      return imports.size() + lines.stream().filter(l -> !l.isBlank()).count();
    }

    /** The variables the block declares at its top level, by name, with their types. */
    Map<String, String> declarations() {
      Map<String, String> declared = new LinkedHashMap<>();
      for (String line : lines) {
        Matcher m = DECLARATION.matcher(line);
        if (m.find()) {
          declared.put(m.group(2), m.group(1));
        }
      }
      return declared;
    }

    /** What each print says it prints: its trailing comment, or the comment lines below it. */
    List<String> expectedOutput() {
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).contains(PRINT)) {
          continue;
        }
        Matcher trailing = TRAILING_COMMENT.matcher(lines.get(i));
        if (trailing.find()) {
          expected.add(spaced(trailing.group(1)));
          continue;
        }
        StringBuilder comment = new StringBuilder();
        for (int j = i + 1; j < lines.size() && lines.get(j).strip().startsWith("//"); j++) {
          comment.append(' ').append(lines.get(j).strip().substring(2));
        }
        assertThat(comment).as("the comment that says what %s prints", lines.get(i)).isNotEmpty();
        expected.add(spaced(comment.toString()));
      }
      return expected;
    }
  }

  /** A source file held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className + Kind.SOURCE.extension), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
