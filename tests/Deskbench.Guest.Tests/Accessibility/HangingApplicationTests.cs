using System.Diagnostics;
using Deskbench.Guest.Accessibility;
using static Deskbench.Guest.Tests.Accessibility.AccessibilityXml;

namespace Deskbench.Guest.Tests.Accessibility;

/// <summary>An application that stops answering on D-Bus (SIGSTOP) must not hang the tree: the rest is returned in time.</summary>
[Collection(AccessibilityDesktopCollection.Name)]
public sealed class HangingApplicationTests(AccessibilityDesktopFixture desktop)
{
    [Fact]
    public async Task Stopped_application_is_marked_and_the_rest_of_the_tree_is_returned()
    {
        desktop.RequireDesktop();
        TestScripts.RequireGtk();
        var healthyTitle = "deskbench-healthy-" + Guid.NewGuid().ToString("N")[..8];
        var stoppedTitle = "deskbench-stopped-" + Guid.NewGuid().ToString("N")[..8];
        await using var healthy = desktop.Start("/usr/bin/python3", [TestScripts.GtkWindow, healthyTitle]);
        await using var stopped = desktop.Start("/usr/bin/python3", [TestScripts.GtkWindow, stoppedTitle]);
        await WaitForAsync(
            desktop.Client,
            root => ApplicationWithFrame(root, n => n == healthyTitle) is not null ? ApplicationWithFrame(root, n => n == stoppedTitle) : null,
            TimeSpan.FromSeconds(30),
            "both GTK windows in the tree");
        var applicationsBefore = (await GetAsync(desktop.Client)).Elements().Count();

        stopped.Signal("STOP");
        try
        {
            var watch = Stopwatch.StartNew();
            var root = await GetAsync(desktop.Client);
            watch.Stop();

            var timeout = AccessibilityTreeOptions.Default.ApplicationTimeout;
            Assert.True(watch.Elapsed < timeout + TimeSpan.FromSeconds(5), $"the tree took {watch.Elapsed.TotalSeconds:0.0} s with a stopped application");
            Assert.NotNull(ApplicationWithFrame(root, n => n == healthyTitle));
            Assert.Null(ApplicationWithFrame(root, n => n == stoppedTitle));
            var marked = Assert.Single(root.Elements(), a => Get(a, AccessibilityTreeReader.TimeoutAttribute) == "true");
            Assert.Equal("application", marked.Name.LocalName);
            Assert.StartsWith(":", Get(marked, AccessibilityTreeReader.BusAttribute), StringComparison.Ordinal);
            Assert.Empty(marked.Elements());
            Assert.Equal(applicationsBefore, root.Elements().Count());
        }
        finally
        {
            stopped.Signal("CONT");
        }

        // Once it answers again, it is back in full.
        await WaitForAsync(desktop.Client, root => ApplicationWithFrame(root, n => n == stoppedTitle), TimeSpan.FromSeconds(30), "the continued window");
    }
}
