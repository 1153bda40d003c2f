package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.model.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked corpus as tables: each schema pinned, the rows counted against the datasets. */
class CorpusTablesTest {
  @TempDir static Path directory;
  private static Corpus worked;
  private static CorpusTables tables;

  @BeforeAll
  static void read() {
    worked = SparkTests.workedCorpus();
    Path shards = directory.resolve("corpus");
    SparkTests.shards(shards, worked.datasets(), 2);
    Path links = SparkTests.linksFile(directory, worked.links());
    tables =
        CorpusTables.of(
            CorpusLines.read(
                SparkTests.spark(), List.of(shards.toString()), Optional.of(links.toString())));
  }

  @Test
  void eachTableHasItsDocumentedSchema() {
    Map<String, String> schemas =
        Map.of(
            "claims",
            "struct<dataset:string,claim:string,position:int,proposition:string,quote:string,"
                + "time:string,credibility:int,chains:int>",
            "hops",
            "struct<dataset:string,claim:string,chain:int,hop:int,actor:string,source:string,"
                + "cue:string,mode:string,commitment:string,time:string,origin:boolean>",
            "actors",
            "struct<dataset:string,actor:string,name:string,kind:string,anonymous:boolean,"
                + "identifiers:array<struct<scheme:string,value:string>>>",
            "sources",
            "struct<dataset:string,source:string,kind:string,title:string,publisher:string,"
                + "published:string,locator:string,language:string,"
                + "identifiers:array<struct<scheme:string,value:string>>>",
            "claim_links",
            "struct<fromDataset:string,fromClaim:string,kind:string,toDataset:string,"
                + "toClaim:string,within:boolean,note:string>",
            "identity_statements",
            "struct<index:int,identity:string,firstDataset:string,firstKind:string,"
                + "firstId:string,secondDataset:string,secondKind:string,secondId:string,"
                + "note:string>",
            "assessments",
            "struct<dataset:string,claim:string,assessor:string,rating:string,"
                + "ratingValue:double,bestRating:double,worstRating:double,time:string,"
                + "source:string,url:string>");

    assertThat(schemas.keySet()).containsExactlyInAnyOrderElementsOf(CorpusTables.NAMES);
    schemas.forEach(
        (name, schema) ->
            assertThat(tables.table(name).schema().simpleString()).as(name).isEqualTo(schema));
  }

  @Test
  void theTablesHoldEveryThingOfEveryDataset() {
    long claims = 0;
    long hops = 0;
    long actors = 0;
    long relations = 0;
    for (Dataset d : worked.datasets().values()) {
      claims += d.claims().size();
      hops +=
          d.claims().stream()
              .flatMap(c -> c.attribution().stream())
              .mapToLong(ch -> ch.hops().size())
              .sum();
      actors += d.actors().size();
      relations += d.relations().size();
    }

    assertThat(tables.claims().count()).isEqualTo(claims);
    assertThat(tables.hops().count()).isEqualTo(hops);
    assertThat(tables.actors().count()).isEqualTo(actors);
    assertThat(tables.claimLinks().count()).isEqualTo(relations + worked.links().claims().size());
    assertThat(tables.identityStatements().count()).isEqualTo(worked.links().identities().size());
  }

  @Test
  void aHopRowSaysWhoRelayedWhomWithWhichCommitment() {
    List<Row> origins =
        tables
            .hops()
            .filter("dataset = 'kursk' and claim = 'c-set-to-join' and origin")
            .orderBy("chain")
            .collectAsList();

    assertThat(origins).isNotEmpty();
    assertThat(origins)
        .allSatisfy(r -> assertThat(r.<Integer>getAs("hop")).isPositive())
        .allSatisfy(r -> assertThat(r.<String>getAs("commitment")).matches("(CT|PR|PS)[+-u]|Uu"));
  }

  @Test
  void tablesAreWrittenAsParquetAndReadBack() {
    Map<String, String> written =
        tables.write(directory.resolve("tables").toString(), List.of("claims", "actors"));

    assertThat(written).containsOnlyKeys("claims", "actors");
    assertThat(SparkTests.spark().read().parquet(written.get("claims")).count())
        .isEqualTo(tables.claims().count());
    assertThat(SparkTests.spark().read().parquet(written.get("actors")).schema().simpleString())
        .isEqualTo(tables.actors().schema().simpleString());
  }
}
