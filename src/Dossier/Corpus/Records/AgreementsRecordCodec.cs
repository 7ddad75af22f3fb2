using Dossier.Agreements;

namespace Dossier.Corpus.Records;

/// <summary>
/// The binary form of an article's agreements (<see cref="ArticleAgreements"/>): each agreement's mentions, states
/// and provisions in order. An agreement is rebuilt by adding them again as the clusterer did, so its parties, its
/// complete party list and everything derived from its mentions come back in the same order. The head index is
/// rebuilt from the mentions; only the heads it maps otherwise (a head two phrases share) are written. Evidence spans
/// and words the article's excerpts hold are written as references to them (<see cref="QuotedSpans"/>).
/// </summary>
internal static class AgreementsRecordCodec
{
    public static void Write(RecordWriter w, ArticleAgreements value, QuotedSpans quoted)
    {
        var agreements = value.Agreements;
        w.Count(agreements.Count);
        if (agreements.Count == 0)
        {
            return;
        }

        for (int i = 0; i < agreements.Count; i++)
        {
            var a = agreements[i];
            if (a.Index != i)
            {
                throw new ArgumentException($"DOS0841: agreement {a.Index} stands at position {i} of its article's list; a corpus record keeps an agreement's index as its position.", nameof(value));
            }

            w.Count(a.Mentions.Count);
            AgreementMention? previous = null;
            foreach (var m in a.Mentions)
            {
                AgreementMentionCodec.Write(w, m, previous, quoted);
                previous = m;
            }

            w.List(a.States, (w, s) => WriteState(w, s, quoted));
            w.List(a.Provisions, (w, p) => WriteProvision(w, p, quoted));
        }

        var rebuilt = HeadIndex(agreements);
        if (rebuilt.Keys.Any(head => !value.ByHead.ContainsKey(head)))
        {
            throw new ArgumentException("DOS0842: the article's head index leaves out the head of one of its mentions; a corpus record rebuilds it from them.", nameof(value));
        }

        var differing = value.ByHead.Where(e => !rebuilt.TryGetValue(e.Key, out int i) || i != e.Value).ToList();
        w.List(differing, static (w, e) =>
        {
            w.Int(e.Key);
            w.Count(e.Value);
        });
    }

    public static ArticleAgreements Read(RecordReader r, QuotedSpans quoted)
    {
        int count = r.Count();
        if (count == 0)
        {
            return ArticleAgreements.Empty;
        }

        var agreements = new List<LocalAgreement>(Math.Min(count, 1024));
        for (int i = 0; i < count; i++)
        {
            var a = new LocalAgreement(i);
            int mentions = r.Count();
            AgreementMention? previous = null;
            for (int k = 0; k < mentions; k++)
            {
                previous = AgreementMentionCodec.Read(r, previous, quoted);
                a.Add(previous);
            }

            foreach (var s in r.List(r => ReadState(r, quoted)))
            {
                a.AddState(s);
            }

            foreach (var p in r.List(r => ReadProvision(r, quoted)))
            {
                a.AddProvision(p);
            }

            agreements.Add(a);
        }

        var byHead = HeadIndex(agreements);
        foreach (var (head, index) in r.List(static r => (Head: r.Int(), Index: r.Count())))
        {
            byHead[head] = index < count ? index : throw new InvalidDataException($"A corpus record maps a head to agreement {index}, but holds {count}.");
        }

        return new ArticleAgreements(agreements, byHead);
    }

    /// <summary>Each mention's head to its agreement, as the clusterer maps them when no two phrases share a head.</summary>
    private static Dictionary<int, int> HeadIndex(IReadOnlyList<LocalAgreement> agreements)
    {
        var byHead = new Dictionary<int, int>();
        foreach (var a in agreements)
        {
            foreach (var m in a.Mentions)
            {
                byHead[m.Head] = a.Index;
            }
        }

        return byHead;
    }

    private static void WriteState(RecordWriter w, MentionState s, QuotedSpans quoted)
    {
        w.String(s.State);
        w.String(s.Date);
        quoted.WriteSpan(w, s.Evidence);
        w.String(s.Cue);
    }

    private static MentionState ReadState(RecordReader r, QuotedSpans quoted)
    {
        string state = r.Text();
        string? date = r.String();
        var evidence = quoted.ReadSpan(r);
        return new MentionState(state, date, evidence, r.Text());
    }

    private static void WriteProvision(RecordWriter w, MentionProvision p, QuotedSpans quoted)
    {
        quoted.WriteSpan(w, p.Evidence);
        ClaimsRecordCodec.Span(w, p.Span, p.Evidence);
        quoted.WriteWords(w, p.Text, p.Span);
        w.Bool(p.Negated);
    }

    private static MentionProvision ReadProvision(RecordReader r, QuotedSpans quoted)
    {
        var evidence = quoted.ReadSpan(r);
        var span = ClaimsRecordCodec.Span(r, evidence);
        string text = quoted.ReadWords(r, span);
        return new MentionProvision(text, r.Bool(), span, evidence);
    }
}
