using System.Text.Json.Nodes;
using Deskbench.Guest.Http;
using Deskbench.Guest.Session;

namespace Deskbench.Guest.Tests.Http;

/// <summary>Pure parsing: shlex.split semantics, the OSWorld command body, the token source.</summary>
public sealed class CommandParsingTests
{
    private static readonly SessionEnvironment Environment = SessionEnvironment.ForDisplay(":1").With("HOME", "/home/tester");

    [Theory]
    [InlineData("ls -l  /tmp", new[] { "ls", "-l", "/tmp" })]
    [InlineData("echo 'a b' \"c d\"", new[] { "echo", "a b", "c d" })]
    [InlineData("a\"b c\"d", new[] { "ab cd" })]
    [InlineData("x '' y", new[] { "x", "", "y" })]
    [InlineData("echo \"q\\\"x\\\\y\\n\"", new[] { "echo", "q\"x\\y\\n" })]
    [InlineData("one\\ word 'it''s' # not-a-comment", new[] { "one word", "its", "#", "not-a-comment" })]
    [InlineData("'single \\ keeps'", new[] { "single \\ keeps" })]
    public void ShellWords_split_like_shlex(string commandLine, string[] expected) =>
        Assert.Equal(expected, ShellWords.Split(commandLine));

    [Theory]
    [InlineData("echo 'open")]
    [InlineData("echo \"open")]
    [InlineData("trailing\\")]
    public void ShellWords_reject_unbalanced_input(string commandLine) =>
        Assert.Throws<FormatException>(() => ShellWords.Split(commandLine));

    [Fact]
    public void List_command_expands_tilde_slash_only()
    {
        var command = GuestCommandLine.Parse(new JsonObject { ["command"] = new JsonArray("cat", "~/a.txt", "~", "x~/y") }, Environment);
        Assert.Equal(["cat", "/home/tester/a.txt", "~", "x~/y"], command.Arguments);
        Assert.False(command.Shell);
    }

    [Fact]
    public void Shell_string_runs_under_sh_unchanged()
    {
        var command = GuestCommandLine.Parse(new JsonObject { ["command"] = "ls ~/x | wc -l", ["shell"] = true, ["timeout"] = 5 }, Environment);
        Assert.Equal(["/bin/sh", "-c", "ls ~/x | wc -l"], command.Arguments);
        Assert.Equal(TimeSpan.FromSeconds(5), command.Timeout);
        Assert.Equal("ls ~/x | wc -l", command.Description);
    }

    [Fact]
    public void Shell_list_passes_extra_items_as_positional_parameters()
    {
        var command = GuestCommandLine.Parse(new JsonObject { ["command"] = new JsonArray("echo $0", "zero"), ["shell"] = true }, Environment);
        Assert.Equal(["/bin/sh", "-c", "echo $0", "zero"], command.Arguments);
    }

    [Fact]
    public void Token_comes_from_the_file_before_the_environment()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "  from-file \n");
            Assert.Equal("from-file", GuestTokenSource.Read(file, _ => "from-env"));
            Assert.Equal("from-env", GuestTokenSource.Read(null, name => name == Deskbench.Core.Guest.GuestProtocol.TokenEnvironmentVariable ? "from-env" : null));
            Assert.Null(GuestTokenSource.Read(null, _ => "   "));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Child_environment_withholds_the_token()
    {
        var start = new System.Diagnostics.ProcessStartInfo("true");
        start.Environment[Deskbench.Core.Guest.GuestProtocol.TokenEnvironmentVariable] = "secret";
        Environment.ApplyTo(start);
        Assert.False(start.Environment.ContainsKey(Deskbench.Core.Guest.GuestProtocol.TokenEnvironmentVariable));
        Assert.Equal(":1", start.Environment["DISPLAY"]);
        Assert.Equal("/home/tester", start.Environment["HOME"]);
    }

    [Fact]
    public void Paths_expand_user_and_variables_like_python()
    {
        Assert.Equal("/home/tester/x", GuestPaths.Expand("~/x", Environment));
        Assert.Equal("/home/tester/y/$NOPE_DESKBENCH", GuestPaths.Expand("${HOME}/y/$NOPE_DESKBENCH", Environment));
    }
}
