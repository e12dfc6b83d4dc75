using System.Globalization;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// OSWorld's <c>apply_rules_to_timeFormat</c>: replaces the first occurrence of each placeholder, in this order:
/// <c>{DoW}</c> (Mon), <c>{Month}</c> (Jan), <c>{DayD}</c>, <c>{Year}</c>, <c>{Month0D}</c>, <c>{month}</c> (january),
/// <c>{MonthFull}</c> (January), <c>{Day0D}</c>, <c>{MonthD}</c>.
/// </summary>
internal static class RelativeTimeFormat
{
    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] MonthsFull =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Python's <c>datetime.weekday()</c>: Monday 0 … Sunday 6.</summary>
    public static int Weekday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;

    public static string Apply(string format, DateOnly day)
    {
        static string Two(int n) => n.ToString("00", CultureInfo.InvariantCulture);
        var text = ReplaceFirst(format, "{DoW}", Days[Weekday(day)]);
        text = ReplaceFirst(text, "{Month}", Months[day.Month - 1]);
        text = ReplaceFirst(text, "{DayD}", day.Day.ToString(CultureInfo.InvariantCulture));
        text = ReplaceFirst(text, "{Year}", day.Year.ToString(CultureInfo.InvariantCulture));
        text = ReplaceFirst(text, "{Month0D}", Two(day.Month));
        text = ReplaceFirst(text, "{month}", MonthsFull[day.Month - 1].ToLowerInvariant());
        text = ReplaceFirst(text, "{MonthFull}", MonthsFull[day.Month - 1]);
        text = ReplaceFirst(text, "{Day0D}", Two(day.Day));
        return ReplaceFirst(text, "{MonthD}", day.Month.ToString(CultureInfo.InvariantCulture));
    }

    private static string ReplaceFirst(string text, string placeholder, string value)
    {
        var at = text.IndexOf(placeholder, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), value, text.AsSpan(at + placeholder.Length));
    }
}
