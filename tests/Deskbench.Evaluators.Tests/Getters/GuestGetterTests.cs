using System.Text.Json.Nodes;
using Deskbench.Evaluators.Getters;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Getters;

public sealed class GuestGetterTests : IDisposable
{
    private readonly EvaluatorTestBed bed = new();

    private Task<JsonNode?> GetAsync(IGetter getter, string spec) =>
        getter.GetAsync(bed.GetterContext(), JsonNode.Parse(spec)!.AsObject(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Vm_command_line_returns_stdout_of_a_shell_command()
    {
        var result = await GetAsync(new VmCommandLineGetter(), """{"type": "vm_command_line", "command": "echo one; echo two >&2", "shell": true}""");
        Assert.Equal("one\n", result!.GetValue<string>());
    }

    [Fact]
    public async Task Vm_command_line_passes_an_argument_list_and_truthy_shell_strings()
    {
        var listed = await GetAsync(new VmCommandLineGetter(), """{"type": "vm_command_line", "command": ["printf", "%s-%s", "a", "b c"]}""");
        Assert.Equal("a-b c", listed!.GetValue<string>());
        await GetAsync(new VmCommandLineGetter(), """{"type": "vm_command_line", "command": "echo x", "shell": "true"}""");
        Assert.True(bed.Guest.Commands[^1].Shell);
    }

    [Fact]
    public async Task Vm_command_line_is_None_when_the_guest_reports_an_error()
    {
        Assert.Null(await GetAsync(new VmCommandLineGetter(), """{"type": "vm_command_line", "command": ["/nonexistent/tool"]}"""));
    }

    [Fact]
    public async Task Vm_command_error_returns_stderr()
    {
        var result = await GetAsync(new VmCommandErrorGetter(), """{"type": "vm_command_error", "command": "echo oops >&2", "shell": true}""");
        Assert.Equal("oops\n", result!.GetValue<string>());
    }

    [Fact]
    public async Task List_directory_returns_the_tree_or_None()
    {
        bed.WriteGuestFile("cpjpg/a.jpg", "a");
        bed.WriteGuestFile("cpjpg/sub/b.jpg", "b");
        var tree = (JsonObject)(await GetAsync(new ListDirectoryGetter(), $$"""{"type": "list_directory", "path": "{{Path.Combine(bed.Home, "cpjpg")}}"}"""))!;
        Assert.Equal("directory", tree["type"]!.GetValue<string>());
        Assert.Equal(["a.jpg", "sub"], tree["children"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Null(await GetAsync(new ListDirectoryGetter(), """{"type": "list_directory", "path": "/nonexistent/dir"}"""));
    }

    [Fact]
    public async Task Vm_screen_size_returns_width_and_height()
    {
        var size = (JsonObject)(await GetAsync(new VmScreenSizeGetter(), """{"type": "vm_screen_size"}"""))!;
        Assert.Equal(1280, size["width"]!.GetValue<int>());
        Assert.Equal(720, size["height"]!.GetValue<int>());
    }

    [Fact]
    public async Task Rule_returns_its_rules_unchanged()
    {
        var rules = await GetAsync(new RuleGetter(), """{"type": "rule", "rules": {"include": ["a"], "exclude": []}}""");
        Assert.Equal("""{"include":["a"],"exclude":[]}""", rules!.ToJsonString());
    }

    public void Dispose() => bed.Dispose();
}
