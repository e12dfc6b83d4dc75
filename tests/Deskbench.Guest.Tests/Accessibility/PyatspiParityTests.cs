using System.Xml.Linq;
using static Deskbench.Guest.Tests.Accessibility.AccessibilityXml;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>
/// Our tree against the pyatspi walker's on the same screen, for real applications: same node count, same role/name
/// multiset, same coordinates for visible nodes (the application's subtree; a few reads in a row until the screen is still).
/// </summary>
[Collection(AccessibilityDesktopCollection.Name)]
public sealed class PyatspiParityTests(AccessibilityDesktopFixture desktop)
{
    private static readonly TimeSpan AppStart = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Mousepad_tree_matches_pyatspi()
    {
        desktop.RequireDesktop("mousepad");
        PyatspiWalker.Require();
        await using var app = desktop.Start("mousepad", []);
        await AssertParityAsync(
            root => root.Elements().FirstOrDefault(a => Get(a, "name") == "mousepad" && a.Descendants("menu-bar").Any()),
            "mousepad");
    }

    [Fact]
    public async Task Calc_tree_matches_pyatspi()
    {
        desktop.RequireDesktop("soffice");
        PyatspiWalker.Require();
        await using var app = desktop.Start(
            "soffice", ["--calc", "--norestore", "--nologo"],
            new Dictionary<string, string> { ["SAL_USE_VCLPLUGIN"] = "gtk3" });
        var application = await AssertParityAsync(
            root => root.Elements().FirstOrDefault(a => Get(a, "name") == "soffice" && a.Descendants("table-cell").Any()),
            "LibreOffice Calc",
            nodeForNode: true);

        // Only showing cells are walked, starting at A1, row by row.
        var cells = application.Descendants("table-cell").ToList();
        Assert.Equal("A1", Get(cells[0], "name"));
        Assert.All(cells, cell => Assert.Equal("true", Get(cell, St + "showing")));
        Assert.InRange(cells.Count, 20, 5000);
    }

    [Fact]
    public async Task Chromium_tree_matches_pyatspi()
    {
        desktop.RequireDesktop("chromium");
        PyatspiWalker.Require();
        var page = Path.Combine(Path.GetTempPath(), $"deskbench-a11y-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(
            page,
            "<!doctype html><html><head><title>Deskbench a11y page</title></head><body><h1>Known heading</h1>" +
            "<p>Some paragraph text.</p><button>Page button</button> <a href=\"#x\">A link</a> <input value=\"input text\"></body></html>",
            TestContext.Current.CancellationToken);
        try
        {
            await using var app = desktop.Start(
                "chromium",
                [
                    "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--no-default-browser-check", "--password-store=basic", "--disable-gpu", "--force-renderer-accessibility",
                    "--user-data-dir=" + Path.Combine(Path.GetTempPath(), $"deskbench-a11y-chromium-{Guid.NewGuid():N}"), "file://" + page,
                ]);
            var application = await AssertParityAsync(
                root => root.Elements().FirstOrDefault(a => Get(a, "name") == "Chromium"
                    && a.Descendants("heading").Any(h => Get(h, "name") == "Known heading" || h.Value.Contains("Known heading", StringComparison.Ordinal))),
                "Chromium");
            Assert.Contains(application.Descendants("push-button"), b => Get(b, "name") == "Page button");
        }
        finally
        {
            File.Delete(page);
        }
    }

    /// <remarks>
    /// With <paramref name="nodeForNode"/>, every node must also match pyatspi's in place: tag, attributes and values, text
    /// (the guard that a faster walk did not change a single value).
    /// </remarks>
    private async Task<XElement> AssertParityAsync(Func<XElement, XElement?> find, string what, bool nodeForNode = false)
    {
        await WaitForAsync(desktop.Client, find, AppStart, what + " in the tree");
        IReadOnlyList<string> differences = [];
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var before = find(await GetAsync(desktop.Client));
            var reference = find(XElement.Parse((await PyatspiWalker.RunAsync(desktop.Session.Environment))[0].Xml));
            var after = find(await GetAsync(desktop.Client));
            Assert.NotNull(reference);
            foreach (var ours in new[] { after, before })
            {
                if (ours is not null && Compare(ours, reference) is { Count: 0 })
                {
                    return ours;
                }
            }

            differences = after is null ? ["our tree lost the application"] : Compare(after, reference);
            await Task.Delay(1000, TestContext.Current.CancellationToken);
        }

        IReadOnlyList<string> Compare(XElement ours, XElement reference)
        {
            var differing = TreeComparison.Differences(ours, reference);
            return differing.Count > 0 || !nodeForNode ? differing : TreeComparison.NodeDifferences(ours, reference);
        }

        Assert.Fail($"{what}: our tree and pyatspi's differ:{Environment.NewLine}{string.Join(Environment.NewLine, differences)}");
        throw new InvalidOperationException("unreachable");
    }
}
