using System.Text.Json.Nodes;
using Deskbench.Evaluators.Getters.Apps;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Getters;

/// <summary>gimp_config_file, vscode_config and replay against the local guest (real files and processes).</summary>
public sealed class AppConfigGetterTests : IDisposable
{
    private readonly EvaluatorTestBed bed = new();

    private Task<JsonNode?> GetAsync(IGetter getter, string spec) =>
        getter.GetAsync(bed.GetterContext(), JsonNode.Parse(spec)!.AsObject(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Gimp_config_file_copies_the_named_file_from_the_gimp_profile()
    {
        Assert.Null(await GetAsync(new GimpConfigFileGetter(), """{"type": "gimp_config_file", "file_name": "gimprc", "dest": "gimprc"}"""));

        bed.WriteGuestFile(".config/GIMP/2.10/gimprc", "(undo-levels 100)\n");
        var path = await GetAsync(new GimpConfigFileGetter(), """{"type": "gimp_config_file", "file_name": "gimprc", "dest": "gimprc"}""");

        Assert.Equal("(undo-levels 100)\n", await File.ReadAllTextAsync(path!.GetValue<string>(), TestContext.Current.CancellationToken));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => GetAsync(new GimpConfigFileGetter(), """{"type": "gimp_config_file", "dest": "gimprc"}"""));
        Assert.Contains("gimp_config_file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vscode_config_needs_a_guest_that_can_type_and_names_itself_when_it_cannot()
    {
        bed.WriteGuestFile("OpenProject.txt", "project");
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            GetAsync(new VsCodeConfigGetter { PauseSeconds = 0 }, """{"type": "vscode_config", "vscode_extension_command": "OpenProject", "path": "/home/user/OpenProject.txt", "dest": "OpenProject.txt"}"""));
        Assert.IsType<NotSupportedException>(error);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            GetAsync(new VsCodeConfigGetter(), """{"type": "vscode_config", "path": "/home/user/OpenProject.txt", "dest": "OpenProject.txt"}"""));
    }

    [Fact]
    public async Task Replay_rejects_unknown_action_types()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            GetAsync(new ReplayGetter(), """{"type": "replay", "actions": [{"type": "click", "param": [1, 2]}]}"""));
        Assert.Contains("click", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => bed.Dispose();
}
