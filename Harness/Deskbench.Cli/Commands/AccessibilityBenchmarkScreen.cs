namespace Deskbench.Cli.Commands;

/// <summary>
/// One screen of <c>deskbench bench a11y</c>: the application launched on a fresh desktop (a shell command in the guest) and
/// a piece of the accessibility XML that says it is ready.
/// </summary>
public sealed record AccessibilityBenchmarkScreen(string Name, string LaunchCommand, string ReadyMarker)
{
    public const string PageTitle = "Deskbench a11y bench page";

    /// <summary>A small web page Chromium shows (written into the guest first).</summary>
    public const string Page =
        "<!doctype html><html><head><title>" + PageTitle + "</title></head><body><h1>Bench heading</h1>" +
        "<p>A paragraph of text.</p><button>Bench button</button> <a href=\"#x\">A link</a> <input value=\"input text\"></body></html>";

    public const string PagePath = "/tmp/deskbench-a11y-bench.html";

    /// <summary>mousepad, LibreOffice Calc (GTK 3, so it speaks AT-SPI) and Chromium with renderer accessibility on.</summary>
    public static IReadOnlyList<AccessibilityBenchmarkScreen> All { get; } =
    [
        new("mousepad", "exec mousepad", "<menu-bar"),
        new("LibreOffice Calc", "SAL_USE_VCLPLUGIN=gtk3 exec soffice --calc --norestore --nologo", "<table-cell name=\"A1\""),
        new(
            "Chromium",
            "exec chromium --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run " +
            "--no-default-browser-check --password-store=basic --disable-gpu --force-renderer-accessibility " +
            "--user-data-dir=\"$HOME/.deskbench-a11y-bench-chromium\" file://" + PagePath,
            "Bench button"),
    ];
}
