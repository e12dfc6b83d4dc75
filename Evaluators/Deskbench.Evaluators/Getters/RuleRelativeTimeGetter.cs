using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// <c>rule_relativeTime</c> <c>{rules: {relativeTime: {from, to?}, timezone?, expected: {…}}}</c>: returns a copy of
/// <c>rules</c> whose <c>expected</c> time strings have their placeholders (<see cref="RelativeTimeFormat"/>) filled with the
/// date the relative names denote. "Now" is the host clock in <c>rules.timezone</c> when given (an unknown zone is UTC),
/// else the guest's local clock (<see cref="GuestClock"/>); when the guest cannot tell, UTC (OSWorld asks an IP
/// geolocation service here, which Deskbench never calls). Without <c>to</c>, <c>expected.time</c> (a string or a list) is
/// filled; with it, <c>expected.from</c>/<c>to</c>, or <c>puDay/puMonth/puYear</c> for "next Monday split" and
/// <c>doDay/doMonth/doYear</c> for "next Friday split".
/// </summary>
public sealed class RuleRelativeTimeGetter : IGetter
{
    public string Name => "rule_relativeTime";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rules = PythonIndexing.GetItem(spec, "rules")?.DeepClone();
        var relative = PythonIndexing.GetItem(rules, "relativeTime");
        var today = DateOnly.FromDateTime((await NowAsync(context, rules, cancellationToken)).DateTime);
        var expected = PythonIndexing.GetItem(rules, "expected") as JsonObject
            ?? throw PythonErrorException.TypeError("rules['expected'] must be a dict");

        if (!PythonOperators.Contains(relative, JsonValue.Create("to")))
        {
            var day = RelativeTimeResolver.Single(Text(PythonIndexing.GetItem(relative, "from")), today);
            var time = PythonIndexing.GetItem(expected, "time");
            expected["time"] = time is JsonArray list
                ? new JsonArray([.. list.Select(t => (JsonNode?)JsonValue.Create(RelativeTimeFormat.Apply(Text(t), day)))])
                : RelativeTimeFormat.Apply(Text(time), day);
            return rules;
        }

        var fromName = Text(PythonIndexing.GetItem(relative, "from"));
        var toName = Text(PythonIndexing.GetItem(relative, "to"));
        var from = RelativeTimeResolver.From(fromName, today);
        Fill(expected, fromName == "next Monday split" ? ["puDay", "puMonth", "puYear"] : ["from"], from);
        var to = RelativeTimeResolver.To(toName, fromName, from, today);
        Fill(expected, toName == "next Friday split" ? ["doDay", "doMonth", "doYear"] : ["to"], to);
        return rules;
    }

    private static void Fill(JsonObject expected, string[] keys, DateOnly day)
    {
        foreach (var key in keys)
        {
            expected[key] = RelativeTimeFormat.Apply(Text(PythonIndexing.GetItem(expected, key)), day);
        }
    }

    private static string Text(JsonNode? node) =>
        PythonValues.AsString(node)
        ?? throw PythonErrorException.AttributeError($"'{PythonOperators.Describe(node)}' object has no attribute 'replace'");

    private static async Task<DateTimeOffset> NowAsync(GetterContext context, JsonNode? rules, CancellationToken cancellationToken)
    {
        var utcNow = context.Clock.GetUtcNow();
        var zoneName = PythonIndexing.Get(rules, "timezone");
        if (PythonValues.IsTruthy(zoneName))
        {
            return TimeZoneInfo.ConvertTime(utcNow, FindZone(PythonFormatting.Str(zoneName)));
        }

        return await GuestClock.NowAsync(context.Environment.Guest, cancellationToken) ?? utcNow;
    }

    private static TimeZoneInfo FindZone(string name)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
