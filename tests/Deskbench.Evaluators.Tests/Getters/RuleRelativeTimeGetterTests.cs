using System.Globalization;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Getters;
using Deskbench.Evaluators.Python;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Getters;

public sealed class RuleRelativeTimeGetterTests : IDisposable
{
    // Wednesday 13 March 2024, 10:00 UTC.
    private static readonly DateTimeOffset Wednesday = new(2024, 3, 13, 10, 0, 0, TimeSpan.Zero);
    private readonly EvaluatorTestBed bed = new();

    private async Task<JsonNode?> GetAsync(string rules, DateTimeOffset now) =>
        await new RuleRelativeTimeGetter().GetAsync(
            bed.GetterContext() with { Clock = new FixedTimeProvider(now) },
            JsonNode.Parse($$"""{"type": "rule_relativeTime", "rules": {{rules}}}""")!.AsObject(),
            TestContext.Current.CancellationToken);

    [Fact]
    public async Task Tomorrow_fills_every_placeholder_in_the_given_timezone()
    {
        var rules = await GetAsync(
            """{"relativeTime": {"from": "tomorrow"}, "timezone": "UTC", "expected": {"time": "{DoW}, {Month} {DayD}, {Year} {Month0D}/{Day0D} {month} {MonthFull} {MonthD}"}}""",
            Wednesday);
        Assert.Equal("Thu, Mar 14, 2024 03/14 march March 3", rules!["expected"]!["time"]!.GetValue<string>());
        Assert.Equal("UTC", rules["timezone"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_timezone_decides_the_day()
    {
        var lateUtc = new DateTimeOffset(2024, 3, 13, 23, 30, 0, TimeSpan.Zero);
        var tokyo = await GetAsync("""{"relativeTime": {"from": "tomorrow"}, "timezone": "Asia/Tokyo", "expected": {"time": ["{DayD}"]}}""", lateUtc);
        var utc = await GetAsync("""{"relativeTime": {"from": "tomorrow"}, "timezone": "Nowhere/Unknown", "expected": {"time": ["{DayD}"]}}""", lateUtc);
        Assert.Equal("15", tokyo!["expected"]!["time"]![0]!.GetValue<string>());
        Assert.Equal("14", utc!["expected"]!["time"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Split_ranges_fill_pickup_and_drop_off_parts()
    {
        var rules = await GetAsync(
            """
            {"relativeTime": {"from": "next Monday split", "to": "next Friday split"}, "timezone": "UTC",
             "expected": {"puDay": "{Day0D}", "puMonth": "{Month0D}", "puYear": "{Year}", "doDay": "{Day0D}", "doMonth": "{Month0D}", "doYear": "{Year}"}}
            """,
            Wednesday);
        var expected = rules!["expected"]!;
        Assert.Equal(["18", "03", "2024", "22", "03", "2024"],
            new[] { "puDay", "puMonth", "puYear", "doDay", "doMonth", "doYear" }.Select(k => expected[k]!.GetValue<string>()));
    }

    [Fact]
    public async Task Weekend_ranges_end_on_the_sunday_of_the_same_weekend()
    {
        var rules = await GetAsync(
            """{"relativeTime": {"from": "next Friday", "to": "next Sunday"}, "timezone": "UTC", "expected": {"from": "{DoW} {DayD}", "to": "{DoW} {DayD}"}}""",
            Wednesday);
        Assert.Equal("Fri 15", rules!["expected"]!["from"]!.GetValue<string>());
        Assert.Equal("Sun 17", rules["expected"]!["to"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_names_and_impossible_months_raise_as_in_OSWorld()
    {
        var unknown = await Assert.ThrowsAsync<PythonErrorException>(() =>
            GetAsync("""{"relativeTime": {"from": "yesterday"}, "timezone": "UTC", "expected": {"time": "{DayD}"}}""", Wednesday));
        Assert.Contains("KeyError", unknown.Message, StringComparison.Ordinal);
        var august = new DateTimeOffset(2024, 8, 1, 10, 0, 0, TimeSpan.Zero);
        var month = await Assert.ThrowsAsync<PythonErrorException>(() =>
            GetAsync("""{"relativeTime": {"from": "first monday four months later"}, "timezone": "UTC", "expected": {"time": "{DayD}"}}""", august));
        Assert.Contains("ValueError", month.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_timezone_the_guest_clock_is_used()
    {
        // The fixed host clock is far in the past; the result must follow the (real) guest's local date instead.
        var rules = await GetAsync("""{"relativeTime": {"from": "tomorrow"}, "expected": {"time": "{Year}-{Month0D}-{Day0D}"}}""",
            new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var tomorrow = DateTimeOffset.Now.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(tomorrow, rules!["expected"]!["time"]!.GetValue<string>());
    }

    public void Dispose() => bed.Dispose();
}
