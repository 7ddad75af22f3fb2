using System.Text;
using Dossier.Ingest.Html;

namespace Dossier.Ingest.Tests.Html;

public sealed class CharsetDetectorTests
{
    static CharsetDetectorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData(1251, "Правительство объявило о новых мерах поддержки экономики", "windows-1251")]
    [InlineData(20866, "Правительство объявило о новых мерах поддержки экономики", "koi8-r")]
    [InlineData(1252, "Die Regierung kündigte heute neue Maßnahmen für die Wirtschaft an, große Änderungen", "windows-1252")]
    [InlineData(65001, "Правительство объявило о новых мерах", "utf-8")]
    public void Sniffs_undeclared_encodings(int codePage, string text, string expected)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes($"<p>{text}</p>");
        Assert.Equal(expected, CharsetDetector.Detect(bytes, null).Encoding.WebName);
    }

    [Fact]
    public void Honours_a_byte_order_mark_first()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<p>é</p>")).ToArray();
        var decoded = CharsetDetector.Decode(bytes, "text/html; charset=windows-1251");
        Assert.Equal("<p>é</p>", decoded.Text);
    }

    [Fact]
    public void Ignores_a_utf8_declaration_that_the_bytes_contradict()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("<meta charset=\"utf-8\"><p>Правительство объявило о новых мерах</p>");
        Assert.Equal("windows-1251", CharsetDetector.Detect(bytes, null).Encoding.WebName);
    }

    [Fact]
    public void Accepts_utf8_cut_inside_a_character()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Правительство</p>");
        Assert.Equal("utf-8", CharsetDetector.Detect(bytes.AsSpan(0, bytes.Length - 6), null).Encoding.WebName);
    }
}
