using System.Diagnostics;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Corpus.Claims;
using Dossier.Storage.Sqlite;

// The claims and agreements corpus stage over a stored corpus (never part of the test run). Fill a store first,
// e.g. ./dossier ingest ../shared/data/timeline17/LibyaWar_reuters/articles.jsonl.gz --db libya.db, then
//   dotnet run -c Release --project benchmarks/Dossier.Benchmarks.Claims -- libya.db [--runs 5]
// Wall time and this process's CPU time are both printed: on a machine shared with other work, CPU time is the
// stage's own cost.
if (args.Length == 0 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Dossier.Benchmarks.Claims STORE.db [--runs N]");
    return 2;
}

int runs = Array.IndexOf(args, "--runs") is int i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 5;
using var store = SqliteArticleStore.Open(args[0]);
var articles = store.ListArticles().Select(a => new CorpusArticle(a.Id, store.LoadDocument(a))).ToList();
var stage = ClaimsAndAgreements.Default;
int Independent(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Count();

var process = Process.GetCurrentProcess();
var (cpu, watch) = (process.TotalProcessorTime, Stopwatch.StartNew());
var (claims, agreements) = stage.Build(articles, Independent);
process.Refresh();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles: {claims.Count} claims, {agreements.Count} agreements"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first run (loads the word lists and the knowledge base): {watch.ElapsedMilliseconds} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU"));

var wall = new List<double>();
var cpus = new List<double>();
for (int r = 0; r < runs; r++)
{
    process.Refresh();
    (cpu, watch) = (process.TotalProcessorTime, Stopwatch.StartNew());
    stage.Build(articles, Independent);
    process.Refresh();
    wall.Add(watch.Elapsed.TotalMilliseconds);
    cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
}

wall.Sort();
cpus.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of {runs} runs: {wall[runs / 2]:F0} ms wall, {cpus[runs / 2]:F0} ms CPU ({cpus[runs / 2] / articles.Count:F2} ms CPU per article)"));
return 0;
