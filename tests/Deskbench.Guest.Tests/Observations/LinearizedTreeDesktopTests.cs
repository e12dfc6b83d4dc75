using System.Net;
using System.Text.Json.Nodes;
using Deskbench.Core.Observations;
using Deskbench.Guest.Tests.Http;
using Deskbench.Testing;

namespace Deskbench.Guest.Tests.Observations;

/// <summary>Desktop tier: the guest's real accessibility tree of mousepad turned into what an agent sees (table and marks).</summary>
[Collection(GuestDesktopCollection.Name)]
public sealed class LinearizedTreeDesktopTests(GuestDesktopFixture desktop)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Mousepads_tree_linearizes_to_rows_of_its_menus_inside_its_window()
    {
        desktop.RequireDesktop();
        DesktopTier.RequireCommands("mousepad");
        var file = Path.Combine(desktop.Home, "linearized-" + Guid.NewGuid().ToString("N")[..6] + ".txt");
        await File.WriteAllTextAsync(file, "hello from the tree\n", Token);
        var (launched, _) = await desktop.Client.PostJsonAsync("/setup/launch", new JsonObject { ["command"] = new JsonArray("mousepad", file) });
        Assert.Equal(HttpStatusCode.OK, launched);
        try
        {
            var name = Path.GetFileName(file);
            var tree = await HttpJson.WaitForAsync(async () =>
            {
                var (status, body) = await desktop.Client.GetTextAsync("/accessibility");
                var xml = status == HttpStatusCode.OK ? (string?)HttpJson.Object(body)["AT"] : null;
                return xml is not null && xml.Contains(name, StringComparison.Ordinal) && xml.Contains("menu-item", StringComparison.Ordinal) ? xml : null;
            }, TimeSpan.FromSeconds(30), "mousepad's accessibility tree");

            var rows = AccessibilityTreeLinearizer.Linearize(tree).Split('\n');

            Assert.Equal(AccessibilityTreeLinearizer.Header, rows[0]);
            var menus = rows.Skip(1).Select(row => row.Split('\t')).Where(cells => cells[0] == "menu").ToList();
            Assert.Contains(menus, cells => cells[1] == "File");
            Assert.All(menus, cells => Assert.Equal(7, cells.Length));
            Assert.All(menus, cells => Assert.Matches(@"^\(\d+, \d+\)$", cells[5]));

            // Like OSWorld, the document's text goes into the table as is (its newline included).
            Assert.Contains(rows, row => row.Contains("\thello from the tree", StringComparison.Ordinal));
            var marks = SetOfMarksCandidates.From(tree);
            Assert.Contains(marks, mark => mark.Tag == "menu" && mark.Name == "File" && mark.Width > 0 && mark.Height > 0);
        }
        finally
        {
            await desktop.Client.PostJsonAsync("/execute", new JsonObject { ["command"] = new JsonArray("pkill", "-f", "mousepad " + file) });
        }
    }
}
