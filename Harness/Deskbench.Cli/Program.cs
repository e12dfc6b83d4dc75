using System.CommandLine;

namespace Deskbench.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = CliApplication.CreateRootCommand();
        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) };
        return await root.Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
    }
}
