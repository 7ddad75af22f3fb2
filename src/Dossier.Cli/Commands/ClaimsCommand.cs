using System.CommandLine;
using Dossier.Corpus;
using Dossier.Corpus.Claims;
using Dossier.Storage;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier claims</c>: claims and disputes, with who asserted, denied or confirmed what, and where.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var about = new Option<string?>("--about") { Description = "Only claims whose proposition, sources or evidence mention this text (case ignored), e.g. --about drone." };
        var format = CommonOptions.Format("text (for people) or json (contract §2 claim objects).", "text", "json");
        var command = new Command("claims", "List claims: reported propositions with every source's stance (asserts, denies, confirms, questions, retracts) and their status (asserted, denied, disputed, confirmed, unresolved).") { db, about, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            string? text = parse.GetValue(about);
            var claims = store.LoadCorpus(CorpusParts.Core).Claims.Where(c => string.IsNullOrEmpty(text) || ClaimFilter.Matches(c, text)).ToList();
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteArray(claims, static (w, c) => ClaimJson.Write(w, c));
                return ExitCodes.Success;
            }

            if (claims.Count == 0)
            {
                Console.WriteLine(string.IsNullOrEmpty(text) ? "No claims." : $"No claims about '{text}'.");
            }

            foreach (var c in claims.OrderBy(c => c.Status == ClaimStatus.Disputed ? 0 : 1).ThenByDescending(c => c.Stances.Count).ThenBy(c => c.Id, StringComparer.Ordinal))
            {
                Console.WriteLine($"{c.Status.ToUpperInvariant()}: {c.Proposition}");
                Console.WriteLine($"  {c.Id} · {c.Sources.Count} articles, {c.IndependentSources} independent");
                foreach (var s in c.Stances)
                {
                    string when = s.Date ?? (s.Reported is { } r ? "reported " + r : "undated");
                    Console.WriteLine($"  {s.Position,-9} {TextUtil.Shorten(s.ByText, 40),-40} {when,-20} {s.Evidence.Article}");
                    Console.WriteLine($"            \"{TextUtil.Shorten(s.Evidence.Text, 140)}\"");
                }

                Console.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
