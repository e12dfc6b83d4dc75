using System.CommandLine;
using System.Runtime.InteropServices;

namespace Deskbench.Cli.Commands;

/// <summary><c>deskbench version</c>: the tool, runtime and OS versions.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the Deskbench version, the .NET runtime and the operating system.");
        command.SetAction(_ =>
        {
            Console.Out.WriteLine($"deskbench {DeskbenchVersion.Current}");
            Console.Out.WriteLine($"runtime   {RuntimeInformation.FrameworkDescription}");
            Console.Out.WriteLine($"os        {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
            return 0;
        });
        return command;
    }
}
