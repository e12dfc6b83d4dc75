using System.CommandLine;
using Deskbench.Guest.Http;

namespace Deskbench.Guest;

/// <summary>Entry point of the standalone <c>deskbench-guest</c> executable (the same command object as <c>deskbench guest</c>).</summary>
public static class Program
{
    public static Task<int> Main(string[] args)
    {
        var command = GuestCommand.Create();
        command.Options.Add(new System.CommandLine.Help.HelpOption());
        return command.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });
    }
}
