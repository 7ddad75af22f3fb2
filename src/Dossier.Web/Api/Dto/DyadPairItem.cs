using Dossier.Corpus.Dyads;

namespace Dossier.Web.Api.Dto;

/// <summary>A pair of countries that act on each other in month-dated merged events, with where their trend is.</summary>
public sealed record DyadPairItem(string A, string B, int Months, int Events, int Unplaced, string Trend)
{
    internal static DyadPairItem From(DyadPair t) =>
        new(t.A, t.B, t.Months, t.Events, t.Unplaced, Html.Url.Path("api", "dyads", t.A, t.B));
}
