using System.CommandLine;
using Dossier.Corpus;
using Dossier.Corpus.Agreements;
using Dossier.Storage;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier agreements</c>: agreements tracked across articles, with their parties and dated history.</summary>
internal static class AgreementsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("text (for people) or json (contract §2 agreement objects).", "text", "json");
        var command = new Command("agreements", "List agreements: name and aliases, parties, status, signing date, term, the dated history of their states, and the provisions reported.") { db, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            var agreements = store.LoadCorpus(CorpusParts.Core).Agreements;
            if (parse.GetValue(format) == "json")
            {
                JsonOut.WriteArray(agreements, static (w, a) => AgreementJson.Write(w, a));
                return ExitCodes.Success;
            }

            if (agreements.Count == 0)
            {
                Console.WriteLine("No agreements.");
            }

            foreach (var a in agreements.OrderByDescending(a => a.Sources.Count).ThenBy(a => a.Id, StringComparer.Ordinal))
            {
                Console.WriteLine($"{a.Name} ({a.Id})");
                if (a.Aliases.Count > 0)
                {
                    Console.WriteLine($"  also: {string.Join("; ", a.Aliases)}");
                }

                Console.WriteLine($"  parties: {(a.PartyNames.Count > 0 ? string.Join(", ", a.PartyNames) : "?")} · status: {a.Status ?? "?"} · signed: {a.Signed ?? "?"} · term: {(a.TermYears is { } t ? t + " years" : "?")} · {a.Sources.Count} articles");
                foreach (var h in a.History)
                {
                    Console.WriteLine($"  {h.Date ?? "(undated)",-12} {h.State,-20} {string.Join(", ", h.Evidence.Select(e => e.Article).Distinct(StringComparer.Ordinal))}");
                    Console.WriteLine($"               \"{TextUtil.Shorten(h.Evidence[0].Text, 130)}\"");
                }

                foreach (var p in a.Provisions)
                {
                    Console.WriteLine($"  provides{(p.Negated ? " not" : string.Empty)}: {TextUtil.Shorten(p.Text, 120)}");
                }

                Console.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
