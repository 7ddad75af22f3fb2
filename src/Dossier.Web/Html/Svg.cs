using System.Globalization;

namespace Dossier.Web.Html;

/// <summary>Numbers for SVG attributes: invariant, one decimal.</summary>
internal static class Svg
{
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
