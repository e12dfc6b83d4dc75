using System.CommandLine;
using Deskbench.Cli.Commands;

namespace Deskbench.Cli;

/// <summary>The <c>deskbench</c> command tree. Every verb lives in its own file under Commands/.</summary>
public static class CliApplication
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Deskbench: runs and scores computer-use agents on real desktops (OSWorld-compatible).");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(TasksCommand.Create());
        root.Subcommands.Add(SuitesCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ImageCommand.Create());
        root.Subcommands.Add(Deskbench.Guest.Http.GuestCommand.Create());
        root.Subcommands.Add(VersionCommand.Create());
        return root;
    }
}
