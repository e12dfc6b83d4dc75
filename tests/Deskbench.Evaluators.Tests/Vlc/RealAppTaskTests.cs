using System.Diagnostics;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Vlc;

/// <summary>
/// Real OSWorld VLC, GIMP and Thunderbird task files, unchanged, evaluated with this machine as the guest: the state the
/// application would save (vlcrc, gimprc, the messages database) is written into the guest home, first wrong, then right.
/// </summary>
public sealed class RealAppTaskTests : IDisposable
{
    private readonly EvaluatorTestBed bed = new();

    [Theory]
    [InlineData("vlc/d06f0d4d", "qt-slider-colours=153;210;153;20;210;20;255;199;15;245;39;29", "qt-slider-colours=0;0;0;30;30;30;10;10;10;0;0;0")]
    [InlineData("vlc/5ac2891a", "play-and-exit=1", "play-and-exit=0")]
    [InlineData("vlc/215dfd39", "qt-bgcone=1", "qt-bgcone=0")]
    [InlineData("vlc/a5bbbcd5", "qt-minimal-view=0", "qt-minimal-view=1")]
    [InlineData("vlc/8ba5ae7a", "input-record-path=/home/user/Videos", "input-record-path=/home/user/Desktop")]
    [InlineData("vlc/f3977615", "one-instance-when-started-from-file=1", "one-instance-when-started-from-file=0")]
    [InlineData("vlc/386dbd0e", "global-key-play-pause=", "global-key-play-pause=Ctrl+Alt+p")]
    [InlineData("vlc/9195653c", "qt-max-volume=125", "qt-max-volume=200")]
    public async Task Vlc_preference_tasks_score_the_saved_vlcrc(string task, string wrong, string right)
    {
        var spec = TaskSpecs.FromFile(SuiteFiles.OsWorldTask(task));
        var runner = new PostconfigRecorder();

        bed.WriteGuestFile(".config/vlc/vlcrc", $"[qt]\n{wrong}\n");
        Assert.Equal(0.0, (await bed.EvaluateAsync(spec, setupRunner: runner)).Score);
        bed.WriteGuestFile(".config/vlc/vlcrc", $"[qt]\n# comment\n{right}\n");
        Assert.Equal(1.0, (await bed.EvaluateAsync(spec, setupRunner: runner)).Score);
    }

    [Fact]
    public async Task A_vlc_preference_task_without_a_vlcrc_scores_0()
    {
        var spec = TaskSpecs.FromFile(SuiteFiles.OsWorldTask("vlc/215dfd39"));
        var result = await bed.EvaluateAsync(spec, setupRunner: new PostconfigRecorder());
        Assert.Equal(0.0, result.Score);
    }

    [Theory]
    [InlineData("gimp/7b7617bd", "gimprc", "(undo-levels 5)", "(undo-levels 100)")]
    [InlineData("gimp/b148e375", "gimprc", "(layer-new-name \"Layer\")", "(layer-new-name \"Square\")")]
    [InlineData("gimp/7767eef2", "gimprc", "(theme \"Dark\")", "(theme \"Light\")")]
    [InlineData("gimp/d52d6308", "sessionrc", "(hide-docks no)", "(hide-docks yes)")]
    public async Task Gimp_preference_tasks_score_the_saved_config_file(string task, string file, string wrong, string right)
    {
        var spec = TaskSpecs.FromFile(SuiteFiles.OsWorldTask(task));
        var runner = new PostconfigRecorder();

        bed.WriteGuestFile($".config/GIMP/2.10/{file}", $"# GIMP {file}\n\n{wrong}\n");
        Assert.Equal(0.0, (await bed.EvaluateAsync(spec, setupRunner: runner)).Score);
        bed.WriteGuestFile($".config/GIMP/2.10/{file}", $"# GIMP {file}\n\n{right}\n");
        Assert.Equal(1.0, (await bed.EvaluateAsync(spec, setupRunner: runner)).Score);
        Assert.Contains("execute", runner.Recorded);
    }

    [Fact]
    public async Task Thunderbird_sqlite_task_scores_the_messages_database()
    {
        // thunderbird/dd84e895: run_sqlite3 on global-messages-db.sqlite: every message of folder 13 has attribute 58 = 1.
        var spec = TaskSpecs.FromFile(SuiteFiles.OsWorldTask("thunderbird/dd84e895"));
        var database = Path.Combine(bed.Home, ".thunderbird/t5q2a5hp.default-release/global-messages-db.sqlite");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        await SqliteAsync(database, "CREATE TABLE messages(id INTEGER PRIMARY KEY, folderID INTEGER); CREATE TABLE messageAttributes(attributeID INTEGER, value INTEGER, messageID INTEGER);"
            + "INSERT INTO messages VALUES (1, 13), (2, 13), (3, 4); INSERT INTO messageAttributes VALUES (58, 1, 1);");
        var runner = new PostconfigRecorder();

        Assert.Equal(0.0, (await bed.EvaluateAsync(spec, setupRunner: runner)).Score);
        await SqliteAsync(database, "INSERT INTO messageAttributes VALUES (58, 1, 2);");
        Assert.Equal(1.0, (await bed.EvaluateAsync(spec, setupRunner: runner)).Score);
    }

    private static async Task SqliteAsync(string database, string sql)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/sqlite3", [database, sql]) { RedirectStandardError = true })!;
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, errors);
    }

    public void Dispose() => bed.Dispose();
}
