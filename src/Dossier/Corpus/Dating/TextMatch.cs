namespace Dossier.Corpus.Dating;

/// <summary>Case-insensitive phrase search on word boundaries ("Trump" in "Trump's", not in "trumpet").</summary>
internal static class TextMatch
{
    public static bool ContainsPhrase(string text, string phrase)
    {
        int from = 0;
        while (from <= text.Length - phrase.Length)
        {
            int i = text.IndexOf(phrase, from, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return false;
            }

            bool startOk = i == 0 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(phrase[0]);
            int end = i + phrase.Length;
            bool endOk = end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(phrase[^1]);
            if (startOk && endOk)
            {
                return true;
            }

            from = i + 1;
        }

        return false;
    }
}
