using System.Globalization;

namespace Deskbench.Harness.Export;

/// <summary>How the text exports print numbers: rates as percentages, intervals, seconds, counts.</summary>
public static class ExportNumbers
{
    public static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Interval(ConfidenceInterval interval) =>
        $"[{(interval.Lower * 100).ToString("0.0", CultureInfo.InvariantCulture)}, {(interval.Upper * 100).ToString("0.0", CultureInfo.InvariantCulture)}]";

    public static string Number(double? value, string format = "0.##") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    public static string Count(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "-";

    /// <summary>A signed change in percentage points, e.g. "+12.5 pp".</summary>
    public static string PointChange(double delta) =>
        (delta * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pp";
}
