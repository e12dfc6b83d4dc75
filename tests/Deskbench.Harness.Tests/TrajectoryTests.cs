using Deskbench.Harness.Results;
using Deskbench.Harness.Trajectory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Tests;

public sealed class TrajectoryTests : IDisposable
{
    private static readonly DateTimeOffset Timestamp = new DateTimeOffset(2024, 3, 5, 7, 8, 9, TimeSpan.Zero).AddTicks(1234560);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Entry_has_osworld_fields_in_osworld_order()
    {
        var entry = new TrajectoryEntry(2, Timestamp, JsonValue.Create("pyautogui.click(1, 2)"), "I click", false, []);

        var json = entry.ToJson();

        Assert.Equal(
            ["step_num", "action_timestamp", "action", "response", "reward", "done", "info", "screenshot_file"],
            json.Select(p => p.Key));
        Assert.Equal(2, json["step_num"]!.GetValue<int>());
        Assert.Equal("20240305@070809123456", json["action_timestamp"]!.GetValue<string>());
        Assert.Equal("pyautogui.click(1, 2)", json["action"]!.GetValue<string>());
        Assert.Equal("I click", json["response"]!.GetValue<string>());
        Assert.Equal(0, json["reward"]!.GetValue<int>());
        Assert.False(json["done"]!.GetValue<bool>());
        Assert.Empty(json["info"]!.AsObject());
        Assert.Equal("step_2_20240305@070809123456.png", json["screenshot_file"]!.GetValue<string>());
    }

    [Fact]
    public void Computer13_actions_stay_objects_and_done_info_is_kept()
    {
        var action = new JsonObject { ["action_type"] = "DONE" };
        var entry = new TrajectoryEntry(1, Timestamp, action, null, true, new JsonObject { ["done"] = true });

        var json = entry.ToJson();

        Assert.Equal("DONE", json["action"]!["action_type"]!.GetValue<string>());
        Assert.Null(json["response"]);
        Assert.True(json["done"]!.GetValue<bool>());
        Assert.True(json["info"]!["done"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Task_folder_writes_screenshots_and_one_line_per_action()
    {
        var store = new ResultStore(_folder.Path, new RunKey("pyautogui", "screenshot", "m"), NullLogger<ResultStore>.Instance);
        var folder = store.PrepareTaskFolder("os", "t1");
        var first = new TrajectoryEntry(1, Timestamp, JsonValue.Create("pyautogui.press('a')"), "r1", false, []);
        var second = new TrajectoryEntry(1, Timestamp.AddTicks(10), JsonValue.Create("DONE"), "r1", true, new JsonObject { ["done"] = true });

        await folder.RecordActionAsync(first, new byte[] { 1, 2, 3 }, TestContext.Current.CancellationToken);
        await folder.RecordActionAsync(second, new byte[] { 4 }, TestContext.Current.CancellationToken);
        await folder.RecordErrorAsync("os/t1 - boom", TestContext.Current.CancellationToken);

        var lines = await File.ReadAllLinesAsync(folder.TrajectoryPath, TestContext.Current.CancellationToken);
        Assert.Equal(3, lines.Length);
        Assert.Equal("step_1_20240305@070809123456.png", JsonNode.Parse(lines[0])!["screenshot_file"]!.GetValue<string>());
        Assert.Equal("step_1_20240305@070809123457.png", JsonNode.Parse(lines[1])!["screenshot_file"]!.GetValue<string>());
        Assert.Equal("os/t1 - boom", JsonNode.Parse(lines[2])!["Error"]!.GetValue<string>());
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(folder.Path, "step_1_20240305@070809123456.png"), TestContext.Current.CancellationToken));
        Assert.Equal(3, folder.ReadTrajectory().Count);
        Assert.DoesNotContain(Directory.GetFiles(folder.Path), f => f.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal));
    }

    [Fact]
    public void Action_timestamps_are_local_and_strictly_increasing_by_a_microsecond()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("plus2", TimeSpan.FromHours(2), "plus2", "plus2"));
        var clock = new ActionTimestampClock(time);

        var a = clock.Next();
        var b = clock.Next();
        time.Advance(TimeSpan.FromSeconds(1));
        var c = clock.Next();

        Assert.Equal("20240101@140000000000", TrajectoryEntry.FormatTimestamp(a));
        Assert.Equal("20240101@140000000001", TrajectoryEntry.FormatTimestamp(b));
        Assert.Equal("20240101@140001000000", TrajectoryEntry.FormatTimestamp(c));
    }
}
