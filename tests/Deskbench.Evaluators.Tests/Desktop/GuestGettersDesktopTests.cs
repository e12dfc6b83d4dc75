using System.Text;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;
using static Deskbench.Evaluators.Tests.Desktop.GuestGetters;

namespace Deskbench.Evaluators.Tests.Desktop;

/// <summary>
/// Desktop tier: the getters that read the guest (<c>vm_file</c>, <c>vm_command_line</c>, <c>vm_command_error</c>,
/// <c>list_directory</c>, <c>vm_screen_size</c>) against the real guest of a local desktop.
/// </summary>
public sealed class GuestGettersDesktopTests(GuestDesktopFixture desktop) : IClassFixture<GuestDesktopFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Vm_file_copies_the_guest_file_into_the_cache_folder()
    {
        var environment = desktop.Require();
        var folder = Unique("vmfile");
        var content = Encoding.UTF8.GetBytes($"ünïcode and lines\n{folder}\n");
        await UploadAsync(environment.Guest, $"~/{folder}/report.txt", content);
        var context = desktop.NewGetterContext();

        var result = await GetAsync(context, $$"""{"type": "vm_file", "path": "~/{{folder}}/report.txt", "dest": "report.txt"}""");

        var local = result!.GetValue<string>();
        Assert.Equal(Path.Combine(context.CacheDirectory, "report.txt"), local);
        Assert.Equal(content, await File.ReadAllBytesAsync(local, Token));
    }

    [Fact]
    public async Task Vm_file_of_a_missing_guest_file_is_None()
    {
        desktop.Require();
        var context = desktop.NewGetterContext();

        var result = await GetAsync(context, $$"""{"type": "vm_file", "path": "~/{{Unique("absent")}}.txt", "dest": "absent.txt"}""");

        Assert.Null(result);
        Assert.False(File.Exists(Path.Combine(context.CacheDirectory, "absent.txt")));
    }

    [Fact]
    public async Task Vm_file_multi_returns_the_given_slots_with_None_for_missing_files()
    {
        var environment = desktop.Require();
        var folder = Unique("multi");
        await UploadAsync(environment.Guest, $"~/{folder}/a.txt", "first"u8.ToArray());
        await UploadAsync(environment.Guest, $"{environment.HomeDirectory}/{folder}/c.txt", "third"u8.ToArray());
        var context = desktop.NewGetterContext();
        var paths = $$"""["~/{{folder}}/a.txt", "~/{{folder}}/b.txt", "~/{{folder}}/c.txt"]""";

        var all = await GetAsync(context, $$"""{"type": "vm_file", "multi": true, "path": {{paths}}, "dest": ["a", "b", "c"], "gives": [0, 1, 2]}""");
        var one = await GetAsync(desktop.NewGetterContext(), $$"""{"type": "vm_file", "multi": "true", "path": {{paths}}, "dest": ["a", "b", "c"], "gives": [2]}""");

        var slots = all!.AsArray();
        Assert.Equal(3, slots.Count);
        Assert.Equal("first", await File.ReadAllTextAsync(slots[0]!.GetValue<string>(), Token));
        Assert.Null(slots[1]);
        Assert.Equal("third", await File.ReadAllTextAsync(slots[2]!.GetValue<string>(), Token));
        Assert.Equal("third", await File.ReadAllTextAsync(one!.GetValue<string>(), Token));
    }

    [Fact]
    public async Task Vm_command_line_returns_the_stdout_of_a_shell_string_in_the_guest_session()
    {
        var environment = desktop.Require();

        var shell = await GetAsync(desktop.NewGetterContext(), """{"type": "vm_command_line", "command": "echo $HOME; echo $((6*7)); echo noise >&2", "shell": true}""");
        var truthyString = await GetAsync(desktop.NewGetterContext(), """{"type": "vm_command_line", "command": "echo $((6*7))", "shell": "true"}""");

        Assert.Equal($"{environment.HomeDirectory}\n42\n", shell!.GetValue<string>());
        Assert.Equal("42\n", truthyString!.GetValue<string>());
    }

    [Fact]
    public async Task Vm_command_line_without_shell_runs_the_words_as_arguments()
    {
        var environment = desktop.Require();

        var list = await GetAsync(desktop.NewGetterContext(), """{"type": "vm_command_line", "command": ["printf", "%s|%s|%s", "a b", "$((6*7))", "~/x"]}""");
        var split = await GetAsync(desktop.NewGetterContext(), """{"type": "vm_command_line", "command": "printf '%s|%s' 'one two' $HOME", "shell": false}""");

        // No shell: no arithmetic, no variables; but the guest expands a leading ~/ as OSWorld's server does.
        Assert.Equal($"a b|$((6*7))|{environment.HomeDirectory}/x", list!.GetValue<string>());
        Assert.Equal("one two|$HOME", split!.GetValue<string>());
    }

    [Fact]
    public async Task Vm_command_line_is_None_when_the_program_does_not_exist()
    {
        desktop.Require();

        Assert.Null(await GetAsync(desktop.NewGetterContext(), $$"""{"type": "vm_command_line", "command": ["{{Unique("no-such-program")}}"]}"""));
    }

    [Fact]
    public async Task Vm_command_error_returns_the_stderr_of_the_command()
    {
        desktop.Require();
        var tag = Unique("oops");

        var shell = await GetAsync(desktop.NewGetterContext(), $$"""{"type": "vm_command_error", "command": "echo out; echo {{tag}} >&2; exit 3", "shell": true}""");
        var list = await GetAsync(desktop.NewGetterContext(), $$"""{"type": "vm_command_error", "command": ["ls", "/nonexistent/{{tag}}"]}""");

        Assert.Equal($"{tag}\n", shell!.GetValue<string>());
        Assert.Contains($"/nonexistent/{tag}", list!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_directory_returns_the_tree_of_a_guest_folder_or_None()
    {
        var environment = desktop.Require();
        var folder = Unique("tree");
        var setUp = await environment.Guest.ExecuteAsync(
            CommandRequest.FromShell($"mkdir -p ~/{folder}/sub/empty && touch ~/{folder}/a.txt ~/{folder}/sub/b.jpg"), Token);
        Assert.True(setUp.Succeeded, setUp.Error);
        var path = Path.Combine(environment.HomeDirectory, folder);

        var tree = (JsonObject)(await GetAsync(desktop.NewGetterContext(), $$"""{"type": "list_directory", "path": "{{path}}"}"""))!;
        var missing = await GetAsync(desktop.NewGetterContext(), $$"""{"type": "list_directory", "path": "{{path}}/nope"}""");

        Assert.Equal(("directory", folder), (tree["type"]!.GetValue<string>(), tree["name"]!.GetValue<string>()));
        var children = tree["children"]!.AsArray().Select(c => c!.AsObject()).OrderBy(c => c["name"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        Assert.Equal([("a.txt", "file"), ("sub", "directory")], children.Select(c => (c["name"]!.GetValue<string>(), c["type"]!.GetValue<string>())));
        var sub = children[1]["children"]!.AsArray().Select(c => (c!["name"]!.GetValue<string>(), c["type"]!.GetValue<string>())).Order().ToList();
        Assert.Equal([("b.jpg", "file"), ("empty", "directory")], sub);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Vm_screen_size_is_the_size_of_the_real_screen()
    {
        desktop.Require();

        var size = await GetAsync(desktop.NewGetterContext(), """{"type": "vm_screen_size"}""");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"width": 1920, "height": 1080}"""), size), size?.ToJsonString());
    }

    private static async Task UploadAsync(IGuestClient guest, string path, byte[] content)
    {
        using var stream = new MemoryStream(content);
        await guest.UploadFileAsync(path, stream, Token);
    }
}
