using System.CommandLine;
using System.Globalization;
using System.Text;
using Dossier.Revisions;
using Dossier.Storage;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier diff ARTICLE</c>: what changed between two stored versions of an article (by default the last two).</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("ARTICLE") { Description = "An article id, its source (path or URL) exactly as ingested, or its file name." };
        var from = new Option<int?>("--from") { Description = "The older version (default: the one before --to)." };
        var to = new Option<int?>("--to") { Description = "The newer version (default: the current one)." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("text (for people: [-removed-] and {+added+} words) or json (for scripts).", "text", "json");
        var command = new Command("diff", "Show what changed between two stored versions of an article: metadata fields, and paragraphs added, removed or changed (with the words that differ). Older versions are never deleted.")
        {
            key, from, to, db, format,
        };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            string k = parse.GetValue(key)!;
            if (store.FindArticle(k) is not { } current)
            {
                Consoles.Error($"{k}: no stored article has this id, source or file name (see 'dossier articles')");
                return ExitCodes.SomeInputsFailed;
            }

            var versions = store.Versions(current.Id);
            int newer = parse.GetValue(to) ?? current.Version;
            int older = parse.GetValue(from) ?? versions.Where(v => v.Version < newer).Select(v => v.Version).DefaultIfEmpty(0).Max();
            var a = versions.FirstOrDefault(v => v.Version == older);
            var b = versions.FirstOrDefault(v => v.Version == newer);
            if (a is null || b is null)
            {
                string have = string.Join(", ", versions.Select(v => v.Version.ToString(CultureInfo.InvariantCulture)));
                Consoles.Error(versions.Count == 1 && parse.GetValue(from) is null && parse.GetValue(to) is null
                    ? $"{k}: only one version is stored; nothing to compare"
                    : $"{k}: versions {have} are stored; --from {(older == 0 ? "?" : older)} and --to {newer} must name two of them");
                return ExitCodes.SomeInputsFailed;
            }

            var diff = RevisionDiff.Compare(a, b);
            Console.Write(parse.GetValue(format) == "json" ? RevisionDiffJson.ToJson(diff, indented: true) + "\n" : Text(diff));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The diff for people: a header, the changed fields, then each differing paragraph with its number.</summary>
    internal static string Text(RevisionDiff diff)
    {
        var s = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        s.Append(ci, $"{diff.New.Id} ({diff.New.Source})\n");
        s.Append(ci, $"version {diff.Old.Version} ({Ingested(diff.Old)}) -> version {diff.New.Version} ({Ingested(diff.New)})\n");
        s.Append(ci, $"paragraphs: {diff.Changed} changed, {diff.Added} added, {diff.Removed} removed, {diff.Unchanged} unchanged; metadata fields changed: {diff.Fields.Count}\n");
        if (diff.IsEmpty)
        {
            s.Append("no difference in the stored text or metadata\n");
            return s.ToString();
        }

        foreach (var f in diff.Fields)
        {
            s.Append(ci, $"\n{f.Field}\n  - {f.Old ?? "(none)"}\n  + {f.New ?? "(none)"}\n");
        }

        foreach (var p in diff.Paragraphs.Where(p => p.Kind != DiffKind.Equal))
        {
            switch (p.Kind)
            {
                case DiffKind.Removed:
                    s.Append(ci, $"\nparagraph {p.OldIndex + 1} removed\n  - {p.OldText}\n");
                    break;
                case DiffKind.Added:
                    s.Append(ci, $"\nparagraph {p.NewIndex + 1} added\n  + {p.NewText}\n");
                    break;
                default:
                    s.Append(ci, $"\nparagraph {p.OldIndex + 1} -> {p.NewIndex + 1} changed\n  ");
                    s.AppendJoin(' ', p.Words.Select(w => w.Kind switch
                    {
                        DiffKind.Removed => "[-" + w.Text + "-]",
                        DiffKind.Added => "{+" + w.Text + "+}",
                        _ => w.Text,
                    }));
                    s.Append('\n');
                    break;
            }
        }

        return s.ToString();
    }

    private static string Ingested(ArticleRecord a) =>
        string.Create(CultureInfo.InvariantCulture, $"ingested {a.IngestedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z, {a.Body.Length:N0} characters");
}
