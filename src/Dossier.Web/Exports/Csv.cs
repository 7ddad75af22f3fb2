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

    public Csv(params string[] header) => Row(header);

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
