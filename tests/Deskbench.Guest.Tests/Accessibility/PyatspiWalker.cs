using System.Diagnostics;
using System.Text.Json.Nodes;
using Deskbench.Guest.Session;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>Runs the reference pyatspi walker (<c>pyatspi_walker.py</c>, Debian's python3-pyatspi) on a session.</summary>
internal static class PyatspiWalker
{
    public const string Python = "/usr/bin/python3";

    /// <summary>The walker script in the source tree (found from the test assembly's folder upwards).</summary>
    public static string Script { get; } = FindScript();

    /// <summary>Skips the calling test, with the reason printed, when python3-pyatspi or the script is missing.</summary>
    public static void Require()
    {
        string? reason = null;
        if (!File.Exists(Python) || !Directory.Exists("/usr/lib/python3/dist-packages/pyatspi"))
        {
            reason = "pyatspi parity skipped: /usr/bin/python3 with python3-pyatspi is not installed (apt-get install python3-pyatspi python3-lxml)";
        }
        else if (!File.Exists(Script))
        {
            reason = "pyatspi parity skipped: pyatspi_walker.py not found above " + AppContext.BaseDirectory;
        }

        if (reason is not null)
        {
            Console.Error.WriteLine(reason);
            Assert.Skip(reason);
        }
    }

    /// <summary>Walks the session's tree <paramref name="repeat"/> times; each walk's seconds and XML.</summary>
    public static async Task<IReadOnlyList<(double Seconds, string Xml)>> RunAsync(SessionEnvironment environment, int repeat = 1)
    {
        var start = new ProcessStartInfo(Python, [Script, "--repeat", repeat.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        environment.ApplyTo(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the pyatspi walker");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"pyatspi walker failed ({process.ExitCode}): {await error}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!)
            .Select(json => ((double)json["seconds"]!, (string)json["xml"]!))
            .ToList();
    }

    private static string FindScript()
    {
        const string relative = "tests/Deskbench.Guest.Tests/Accessibility/pyatspi_walker.py";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return relative;
    }
}
