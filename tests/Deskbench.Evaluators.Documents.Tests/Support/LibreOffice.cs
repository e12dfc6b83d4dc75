namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>The real LibreOffice in headless mode, used to produce test fixtures from sources the tests write.</summary>
public static class LibreOffice
{
    /// <summary>Null when soffice can run here, else why not.</summary>
    public static string? Unavailable =>
        DesktopTier.MissingCommands(["soffice"]).Count == 0
            ? null
            : "document fixtures skipped: LibreOffice (soffice) is not installed — scripts/install-debian.sh installs libreoffice-calc/-writer/-impress";

    /// <summary>Skips the calling test, with the reason printed, when LibreOffice is missing.</summary>
    public static void Require()
    {
        if (Unavailable is { } reason)
        {
            Console.Error.WriteLine(reason);
            Assert.Skip(reason);
        }
    }

    /// <summary>
    /// Converts <paramref name="sources"/> to <paramref name="format"/> (e.g. "xlsx", "docx", "pdf") into
    /// <paramref name="outputFolder"/> in one soffice run, with a private profile so parallel conversions never collide.
    /// </summary>
    public static async Task ConvertAsync(IReadOnlyList<string> sources, string format, string outputFolder, string profileFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputFolder);
        var result = await Tool.RunAsync(
            "soffice",
            ["-env:UserInstallation=file://" + profileFolder, "--headless", "--norestore", "--convert-to", format, "--outdir", outputFolder, .. sources],
            timeout: TimeSpan.FromSeconds(120),
            cancellationToken: cancellationToken);
        foreach (var source in sources)
        {
            var extension = format.Split(':')[0];
            var produced = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(source) + "." + extension);
            if (!File.Exists(produced))
            {
                throw new InvalidOperationException($"soffice did not produce {produced} (exit {result.ExitCode}): {result.StandardError}{result.StandardOutput}");
            }
        }
    }
}
