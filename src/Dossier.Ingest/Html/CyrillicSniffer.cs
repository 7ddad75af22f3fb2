using System.Text;

namespace Dossier.Ingest.Html;

/// <summary>
/// Tells Cyrillic single-byte pages (windows-1251, KOI8-R) from Western ones (windows-1252) without a declaration.
/// Cyrillic text puts letters from the upper half of the byte range next to each other (whole words), while Western
/// text has isolated accented letters between ASCII ones; the commonest Russian vowels then separate 1251 from KOI8-R.
/// </summary>
internal static class CyrillicSniffer
{
    public static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        int high = 0, highPairs = 0, win1251Vowels = 0, koi8Vowels = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0xC0)
                continue;
            high++;
            if (i + 1 < bytes.Length && bytes[i + 1] >= 0xC0)
                highPairs++;
            // о а е и in windows-1251 and in KOI8-R.
            if (b is 0xEE or 0xE0 or 0xE5 or 0xE8)
                win1251Vowels++;
            if (b is 0xCF or 0xC1 or 0xC5 or 0xC9)
                koi8Vowels++;
        }
        if (high < 8 || highPairs * 2 < high)
            return Encoding.GetEncoding(1252);
        return Encoding.GetEncoding(koi8Vowels > win1251Vowels ? 20866 : 1251);
    }
}
