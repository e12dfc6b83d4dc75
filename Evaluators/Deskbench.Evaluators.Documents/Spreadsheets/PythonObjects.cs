using System.Globalization;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>Python equality and <c>str()</c> of the plain values cells hold (null, bool, long, double, string, DateTime).</summary>
internal static class PythonObjects
{
    /// <summary>Python's <c>==</c>: numbers compare by value across int/float/bool; other types need the same type.</summary>
    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left) == ToDouble(right);
        }

        return left.GetType() == right.GetType() && left.Equals(right);
    }

    public static bool IsNumber(object? value) => value is long or double or bool or int;

    public static double ToDouble(object value) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        bool b => b ? 1 : 0,
        _ => throw new InvalidCastException(),
    };

    /// <summary>Python's <c>str(value)</c>.</summary>
    public static string Str(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => PythonFormatting.FloatRepr(d),
        DateTime t => t.TimeOfDay == TimeSpan.Zero && t.Millisecond == 0
            ? t.ToString("yyyy-MM-dd 00:00:00", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
