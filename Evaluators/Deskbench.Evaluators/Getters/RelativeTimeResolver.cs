using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// The day arithmetic of OSWorld's <c>get_rule_relativeTime</c>: a relative name ("tomorrow", "next Monday", "10th next
/// month" …) to a date, given today's date in the guest. Names OSWorld does not know raise KeyError; names it knows but does
/// not handle in that position raise (UnboundLocalError in OSWorld).
/// </summary>
internal static class RelativeTimeResolver
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "tomorrow", "5th next month", "10th next month", "11th next month", "this month", "this Saturday", "this Sunday",
        "next Monday", "next Friday", "next Saturday", "next Sunday", "next week Friday", "next week Saturday",
        "next week Sunday", "first monday four months later", "first monday eight months later", "next Monday split",
        "next Friday split",
    };

    /// <summary>The date of a lone <c>from</c> (no <c>to</c>).</summary>
    public static DateOnly Single(string name, DateOnly now) => Check(name) switch
    {
        "tomorrow" => now.AddDays(1),
        "5th next month" => NextMonthDay(now, 5),
        "10th next month" => NextMonthDay(now, 10),
        "this month" => now,
        "next Monday" => now.AddDays(6 - Weekday(now) + 1),
        "first monday four months later" => FirstMonday(now.Month >= 9 ? now.Year + 1 : now.Year, (now.Month + 4) % 12),
        "first monday eight months later" => FirstMonday(now.Month >= 5 ? now.Year + 1 : now.Year, (now.Month + 8) % 12),
        _ => throw Unbound(name),
    };

    /// <summary>The date of <c>from</c> when a <c>to</c> is also given.</summary>
    public static DateOnly From(string name, DateOnly now)
    {
        var wd = Weekday(now);
        return Check(name) switch
        {
            "tomorrow" => now.AddDays(1),
            "this Saturday" => now.AddDays(5 - wd),
            "10th next month" => NextMonthDay(now, 10),
            "next Monday" or "next Monday split" => now.AddDays(6 - wd + 1),
            "next Friday" => now.AddDays(wd < 4 ? 4 - wd : wd == 4 ? 7 : 7 - wd + 4),
            "next Saturday" => now.AddDays(wd < 5 ? 5 - wd : wd == 5 ? 7 : 6),
            "next week Friday" => now.AddDays(7 - wd + 4),
            "next week Saturday" => now.AddDays(7 - wd + 5),
            "next week Sunday" => now.AddDays(7 - wd + 6),
            _ => throw Unbound(name),
        };
    }

    /// <summary>The date of <c>to</c>, which may depend on <c>from</c> and its date.</summary>
    public static DateOnly To(string name, string fromName, DateOnly from, DateOnly now)
    {
        var wd = Weekday(now);
        return Check(name) switch
        {
            "tomorrow" => now.AddDays(1),
            "this Sunday" => now.AddDays(6 - wd),
            "11th next month" => NextMonthDay(now, 11),
            "next Friday" or "next Friday split" => fromName is "next Monday" or "next Monday split"
                ? from.AddDays(4)
                : now.AddDays(wd < 4 ? 4 - wd : 6 - wd + 5),
            "next Sunday" => fromName is "next Friday" or "next Saturday"
                ? from.AddDays(6 - Weekday(from))
                : now.AddDays(wd < 6 ? 6 - wd : 7),
            "next week Sunday" => fromName is "next week Friday" or "next week Saturday"
                ? from.AddDays(6 - Weekday(from))
                : now.AddDays(7 - wd + 6),
            _ => throw Unbound(name),
        };
    }

    private static int Weekday(DateOnly day) => RelativeTimeFormat.Weekday(day);

    private static string Check(string name) =>
        Known.Contains(name) ? name : throw PythonErrorException.KeyError(PythonFormatting.StringRepr(name));

    private static DateOnly NextMonthDay(DateOnly now, int day) =>
        now.Month == 12 ? new DateOnly(now.Year + 1, 1, day) : new DateOnly(now.Year, now.Month + 1, day);

    private static DateOnly FirstMonday(int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw PythonErrorException.ValueError("month must be in 1..12");
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays((6 - Weekday(first) + 1) % 7);
    }

    private static PythonErrorException Unbound(string name) =>
        new("UnboundLocalError", $"relative time '{name}' is not handled in this position (absoluteDay is unbound)");
}
