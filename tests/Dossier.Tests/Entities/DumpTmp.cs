namespace Dossier.Tests.Entities;

public sealed class DumpTmp
{
    [Fact]
    public void Dump()
    {
        var t = typeof(SeedEntityTests).GetField("Documents", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var docs = (List<Dossier.Model.Document>)t.GetType().GetProperty("Value")!.GetValue(t)!;
        using var w = new StreamWriter("/tmp/seeds-dump.txt");
        foreach (var d in docs)
        {
            w.WriteLine($"=== {d.Id}");
            foreach (var m in d.Entities)
            {
                w.WriteLine($"  {m.Type}\t{d.Text[m.Start..m.End]}\t{m.EntityId}");
            }

            foreach (var e in d.ResolvedEntities)
            {
                w.WriteLine($"  * {e.Id}\t{e.Type}\t{e.Name}\t{e.Country}\t{e.Code}\t[{string.Join("|", e.Aliases)}]\t{string.Join("; ", e.Roles.Where(r => r.Source == "text").Select(r => $"{r.Title}/{r.Of}/{r.Sector}"))}");
            }
        }
    }
}
