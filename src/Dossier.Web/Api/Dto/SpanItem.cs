namespace Dossier.Web.Api.Dto;

/// <summary>A span of an article's body: offsets <c>[start, end)</c>, its text, and the evidence-view link.</summary>
public sealed record SpanItem(string Article, int Start, int End, string Text, string Evidence)
{
    internal static SpanItem Of(string article, string body, int start, int end) =>
        new(article, start, end, body[start..end], Html.Url.Evidence(article, start, end));
}
