using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Deskbench.Cli.Output;

/// <summary>
/// The live progress display of <c>deskbench run</c> on a terminal (Spectre.Console): tasks done/total, running, success
/// so far, infra errors, ETA, the running tasks and the last finished ones; redrawn twice a second while the run lasts.
/// </summary>
public sealed class LiveRunDisplay(RunProgressCounts counts, IAnsiConsole console)
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Runs <paramref name="body"/> with the display drawn above it; the last state stays on screen.</summary>
    public async Task<T> ShowWhileAsync<T>(Func<Task<T>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await console.Live(Render(counts.Snapshot())).AutoClear(false).StartAsync(async context =>
        {
            var work = body();
            while (!work.IsCompleted)
            {
                await Task.WhenAny(work, Task.Delay(RefreshInterval)).ConfigureAwait(false);
                context.UpdateTarget(Render(counts.Snapshot()));
                context.Refresh();
            }

            return await work.ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>The display for one snapshot (public for its text form).</summary>
    public static IRenderable Render(RunProgressSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var rate = s.Scored == 0 ? "-" : (s.Success / s.Scored).ToString("P1", CultureInfo.InvariantCulture);
        var eta = s.Eta is { } e ? Duration(e) : "-";
        var rows = new List<IRenderable>
        {
            new Markup(
                $"[bold]{s.Done}/{s.Total}[/] done · [blue]{s.Running.Count}[/] running · success [green]{s.Success:0.##}[/] of {s.Scored} scored ({rate}) · " +
                $"infra errors [red]{s.InfraErrors}[/] · elapsed {Duration(s.Elapsed)} · ETA {eta}"),
        };
        rows.AddRange(s.Running.Select(r => new Markup($"  [blue]running[/] {Markup.Escape(r)}")));
        rows.AddRange(s.RecentlyFinished.Select(r => new Markup($"  [grey]{Markup.Escape(r)}[/]")));
        return new Panel(new Rows(rows)) { Header = new PanelHeader("deskbench run") };
    }

    private static string Duration(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h {t.Minutes:00}m" : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m {t.Seconds:00}s" : $"{t.Seconds}s";
}
