using System.CommandLine;
using Deskbench.Guest.Http;

namespace Deskbench.Guest.Tests.Http;

/// <summary>The <c>guest</c> command object the CLI mounts: its options and its refusals (no desktop needed).</summary>
public sealed class GuestCommandTests
{
    private static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = GuestCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Command_is_named_guest_and_has_every_documented_option()
    {
        var command = GuestCommand.Create();
        Assert.Equal("guest", command.Name);
        var names = command.Options.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(["--bind", "--port", "--display", "--token-file", "--no-auth", "--session", "--screen", "--parent-pid", "--log-level"], StringComparer.Ordinal),
            names);
        Assert.DoesNotContain(names, n => n.Contains("token", StringComparison.Ordinal) && n != "--token-file");
    }

    [Theory]
    [InlineData("--screen", "12")]
    [InlineData("--port", "70000")]
    [InlineData("--bind", "not-an-address")]
    public void Invalid_option_values_are_refused(string option, string value)
    {
        var (exitCode, _, error) = Invoke(option, value, "--no-auth");
        Assert.NotEqual(0, exitCode);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_token_file_is_one_error_line()
    {
        var (exitCode, output, error) = Invoke("--token-file", "/nonexistent/deskbench-token", "--display", ":0");
        Assert.Equal(GuestRunner.ExitFailure, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("deskbench-guest: error: cannot read --token-file", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("1920x1080", 1920, 1080)]
    [InlineData("800X600", 800, 600)]
    public void Screen_sizes_parse(string text, int width, int height)
    {
        Assert.True(GuestCommand.TryParseScreen(text, out var w, out var h));
        Assert.Equal((width, height), (w, h));
    }
}
