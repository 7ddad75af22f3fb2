using System.Text;
using System.Text.Json;
using Dossier.Agreements;
using Dossier.Corpus;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Records;
using Dossier.Tests.Claims;
using Xunit.Abstractions;

namespace Dossier.Tests.Corpus.Records;

/// <summary>
/// The claims part of an article's corpus record: on the five seed articles (agreements with states and provisions,
/// an organisation party, stances that answer others, two undated articles) what is decoded is what was encoded,
/// field by field and byte for byte, and the claims and agreements stage gives the same result over it; an article
/// with nothing to claim comes back as the shared empty values; damaged bytes fail as damaged data.
/// </summary>
public sealed class ClaimsRecordCodecTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<ArticleClaims>> Seeds = new(() => [.. AnnotatedSeeds.Articles().Select(a => ClaimsAndAgreements.Default.Read(a))]);

    private static int Independent(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Count();

    [Fact]
    public void Seed_claims_decode_to_what_was_encoded_and_encode_again_to_the_same_bytes()
    {
        var seeds = Seeds.Value;
        // What the round trip must carry is there: agreements with states and provisions, answering stances, undated articles.
        Assert.Contains(seeds, c => c.Local.Agreements.Any(a => a.States.Count > 0 && a.Provisions.Count > 0));
        Assert.Contains(seeds, c => c.Stances.Any(s => s.Answers is not null));
        Assert.Contains(seeds, c => c.Stances.Count > 0 && c.Excerpts.Reported is null);
        Assert.Contains(seeds, c => c.Excerpts.Names.Count > 0);

        foreach (var claims in seeds)
        {
            byte[] bytes = Encode(claims);
            var pool = new StringPool();
            var decoded = Decode(bytes, pool);

            Assert.Equal(bytes, Encode(decoded));
            Assert.Equal(Describe(claims), Describe(decoded));
            Assert.Same(pool.Share(claims.Id), decoded.Id);
            Assert.All(decoded.Excerpts.Spans.Values, words => Assert.Same(pool.Share(words), words));
            output.WriteLine($"{claims.Id}: {bytes.Length} bytes ({claims.Local.Agreements.Count} agreements, {claims.Stances.Count} stances, {claims.Excerpts.Spans.Count} excerpts of {claims.Excerpts.Spans.Values.Sum(w => w.Length)} characters)");
        }
    }

    [Fact]
    public void Claims_and_agreements_over_decoded_claims_are_those_over_the_read_ones()
    {
        var seeds = Seeds.Value;
        var pool = new StringPool();
        var decoded = seeds.Select(c => Decode(Encode(c), pool)).ToList();

        var expected = ClaimsAndAgreements.Default.Combine(seeds, Independent);
        var actual = ClaimsAndAgreements.Default.Combine(decoded, Independent);

        Assert.NotEmpty(expected.Claims);
        Assert.NotEmpty(expected.Agreements);
        Assert.Equal(expected.Claims.Select(ClaimJson.ToJson), actual.Claims.Select(ClaimJson.ToJson));
        Assert.Equal(expected.Agreements.Select(AgreementJson.ToJson), actual.Agreements.Select(AgreementJson.ToJson));
    }

    [Fact]
    public void An_article_with_nothing_to_claim_decodes_to_the_shared_empty_values_from_a_few_bytes()
    {
        var quiet = ClaimsAndAgreements.Default.Read(new CorpusArticle("e-quiet", Parsed.Doc("The DET 2 det\nriver NOUN 3 nsubj\nflows VERB 0 root flow\n. PUNCT 3 punct")));

        byte[] bytes = Encode(quiet);
        var decoded = Decode(bytes, new StringPool());

        Assert.Equal(2 + "e-quiet".Length + 3, bytes.Length);
        Assert.Equal("e-quiet", decoded.Id);
        Assert.Same(ArticleExcerpts.Empty, decoded.Excerpts);
        Assert.Same(ArticleAgreements.Empty, decoded.Local);
        Assert.Same(quiet.Stances, decoded.Stances);
    }

    [Fact]
    public void Words_inside_a_quoted_sentence_are_written_once()
    {
        foreach (var claims in Seeds.Value.Where(c => c.Stances.Count > 0))
        {
            byte[] bytes = Encode(claims);
            var spans = claims.Excerpts.Spans;
            // The sentences written out: those no other quoted span holds.
            string sentences = string.Join('\u0001', spans.Where(e => !spans.Keys.Any(o => o != e.Key && o.Covers(e.Key))).Select(e => e.Value));
            var propositions = claims.Stances.Select(s => spans[s.Proposition.Span]).Where(p => p.Length >= 20).Distinct(StringComparer.Ordinal).ToList();

            Assert.NotEmpty(propositions);
            Assert.All(propositions, p => Assert.Equal(Occurrences(Encoding.UTF8.GetBytes(sentences), Encoding.UTF8.GetBytes(p)), Occurrences(bytes, Encoding.UTF8.GetBytes(p))));
        }
    }

    [Fact]
    public void Excerpts_in_another_order_other_names_and_a_head_two_phrases_share_round_trip_too()
    {
        var claims = Seeds.Value.First(c => c.Local.Agreements.Count >= 2 && c.Excerpts.Spans.Count >= 2);
        var reversed = claims.Excerpts.Spans.Reverse().ToDictionary(e => e.Key, e => e.Value);
        var names = claims.Excerpts.Names.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        names.Add("ent:person:gandalf", "Gandalf");
        var agreements = claims.Local.Agreements.Select(a => Rebuilt(a, m => m == a.Mentions[0] ? m with { ProperName = "Treaty of Osgiliath", TermYears = 99 } : m)).ToList();
        var byHead = claims.Local.ByHead.ToDictionary(e => e.Key, e => e.Value);
        int head = claims.Local.Agreements[0].Mentions[0].Head;
        byHead[head] = 1;
        var odd = claims with
        {
            Excerpts = new ArticleExcerpts(reversed, names, claims.Excerpts.Reported),
            Local = new ArticleAgreements(agreements, byHead),
        };

        byte[] bytes = Encode(odd);
        var decoded = Decode(bytes, new StringPool());

        Assert.True(bytes.Length > Encode(claims).Length);
        Assert.Equal(Describe(odd), Describe(decoded));
        Assert.Same(decoded.Local.Agreements[1], decoded.Local.At(head));
        Assert.Equal(reversed.Keys, decoded.Excerpts.Spans.Keys);
        Assert.Equal("Gandalf", decoded.Excerpts.NameOf("ent:person:gandalf"));
        Assert.Equal(99, decoded.Local.Agreements[0].TermYears);
        Assert.Equal("Treaty of Osgiliath", decoded.Local.Agreements[0].DisplayName);
    }

    [Fact]
    public void A_truncated_blob_fails_as_damaged_data()
    {
        foreach (var claims in Seeds.Value)
        {
            byte[] bytes = Encode(claims);
            for (int length = 0; length < bytes.Length; length++)
            {
                Assert.Throws<InvalidDataException>(() => Decode(bytes[..length], new StringPool()));
            }
        }
    }

    [Fact]
    public void A_corrupted_blob_fails_as_damaged_data_or_decodes_never_anything_else()
    {
        int failed = 0;
        foreach (var claims in Seeds.Value)
        {
            byte[] bytes = Encode(claims);
            for (int i = 0; i < bytes.Length; i++)
            {
                foreach (byte b in new byte[] { 0xFF, (byte)(bytes[i] ^ 0x01) })
                {
                    byte[] damaged = (byte[])bytes.Clone();
                    damaged[i] = b;
                    var error = Record.Exception(() => Decode(damaged, new StringPool()));
                    if (error is not null)
                    {
                        Assert.IsType<InvalidDataException>(error);
                        failed++;
                    }
                }
            }
        }

        Assert.True(failed > 0);
        // A reference to a string the record never wrote, and a varint that never ends.
        Assert.Throws<InvalidDataException>(() => Decode([5], new StringPool()));
        Assert.Throws<InvalidDataException>(() => Decode([.. Enumerable.Repeat((byte)0xFF, 12)], new StringPool()));
    }

    private static byte[] Encode(ArticleClaims claims)
    {
        var w = new RecordWriter();
        ClaimsRecordCodec.Write(w, claims);
        return w.ToArray();
    }

    private static ArticleClaims Decode(byte[] bytes, StringPool pool)
    {
        var r = new RecordReader(bytes, pool);
        var claims = ClaimsRecordCodec.Read(r);
        return r.AtEnd ? claims : throw new InvalidDataException("Bytes left after the claims.");
    }

    /// <summary>An agreement built again from its mentions (changed by <paramref name="change"/>), states and provisions.</summary>
    private static LocalAgreement Rebuilt(LocalAgreement a, Func<AgreementMention, AgreementMention> change)
    {
        var copy = new LocalAgreement(a.Index);
        foreach (var m in a.Mentions)
        {
            copy.Add(change(m));
        }

        foreach (var s in a.States)
        {
            copy.AddState(s);
        }

        foreach (var p in a.Provisions)
        {
            copy.AddProvision(p);
        }

        return copy;
    }

    private static int Occurrences(byte[] haystack, byte[] needle)
    {
        int count = 0;
        for (int i = haystack.AsSpan().IndexOf(needle); i >= 0; i = haystack.AsSpan(i + 1).IndexOf(needle) is int next and >= 0 ? i + 1 + next : -1)
        {
            count++;
        }

        return count;
    }

    /// <summary>Every field of the claims, the private ones through their encoder accessors, as JSON.</summary>
    private static string Describe(ArticleClaims c) => JsonSerializer.Serialize(new
    {
        c.Id,
        c.Local.Agreements,
        ByHead = c.Local.ByHead.OrderBy(e => e.Key).ToList(),
        c.Stances,
        Spans = c.Excerpts.Spans.Select(e => new { e.Key.Start, e.Key.End, Words = e.Value }).ToList(),
        Names = c.Excerpts.Names.ToList(),
        c.Excerpts.Reported,
    });
}
