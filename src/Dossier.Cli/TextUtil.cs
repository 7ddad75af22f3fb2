namespace Dossier.Cli;

/// <summary>Text helpers for terminal output.</summary>
internal static class TextUtil
{
    /// <summary>The first line, cut at a word boundary to at most <paramref name="max"/> characters.</summary>
    public static string Shorten(string s, int max)
    {
        int newline = s.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            s = s[..newline];
        }

        if (s.Length <= max)
        {
            return s;
        }

        int cut = s.LastIndexOf(' ', max - 1);
        return s[..(cut > max / 2 ? cut : max - 1)] + "…";
    }
}
