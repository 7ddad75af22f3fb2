using System.Text;

namespace Dossier.Web.Exports;

/// <summary>
/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted. A field that a spreadsheet would run as a
/// formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so an exported article cannot
/// smuggle a formula into an analyst's spreadsheet.
/// </summary>
internal sealed class Csv
{
    private readonly StringBuilder sb = new();

    /// <summary>A table that starts with <paramref name="header"/> (none: rows only, to be written after a header written before).</summary>
    public Csv(params string[] header)
    {
        if (header.Length > 0)
        {
            Row(header);
        }
    }

    /// <summary>How many characters have been written.</summary>
    public int Length => sb.Length;

    /// <summary>Writes what was written to <paramref name="output"/> as UTF-8 and starts again empty.</summary>
    public async Task FlushToAsync(Stream output, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Encoding.UTF8.GetBytes(sb.ToString()), cancel).ConfigureAwait(false);
        sb.Clear();
    }

    public Csv Row(params object?[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Field(Convert.ToString(fields[i], System.Globalization.CultureInfo.InvariantCulture)));
        }

        sb.Append("\r\n");
        return this;
    }

    public override string ToString() => sb.ToString();

    internal static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
