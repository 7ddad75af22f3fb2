using System.Text;

namespace Dossier.Ingest;

/// <summary>
/// Stable, readable article ids derived from the source: the file or last URL segment as a slug, then six hex digits
/// of the source's hash (so two files of the same name in different folders stay apart).
/// </summary>
public static class ArticleIds
{
    public static string For(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string name = source.TrimEnd('/', '\\');
        int cut = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        name = cut >= 0 ? name[(cut + 1)..] : name;
        foreach (string ext in new[] { ".txt", ".text", ".html", ".htm" })
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^ext.Length];
            }
        }

        var slug = new StringBuilder();
        foreach (char c in name)
        {
            if (slug.Length >= 48)
            {
                break;
            }

            slug.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? char.ToLowerInvariant(c) : '-');
        }

        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..6];
        string s = slug.ToString().Trim('-');
        return s.Length == 0 ? "a-" + hash : s + "-" + hash;
    }
}
