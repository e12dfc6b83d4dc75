using System.Diagnostics;

namespace Deskbench.Infra.Docker;

/// <summary>Runs a build tool (debootstrap, docker, dotnet, tar), streaming its output lines to a writer.</summary>
internal static class ExternalCommand
{
    public static async Task RunAsync(string file, IReadOnlyList<string> arguments, TextWriter log, CancellationToken cancellationToken, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        var recent = new Queue<string>();
        var gate = new Lock();
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                log.WriteLine(line);
                recent.Enqueue(line);
                if (recent.Count > 15)
                {
                    recent.Dequeue();
                }
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new ImageBuildException($"cannot start '{file}': {exception.Message}", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            string tail;
            lock (gate)
            {
                tail = string.Join(Environment.NewLine + "  ", recent);
            }

            throw new ImageBuildException($"'{file} {string.Join(' ', arguments)}' exited with code {process.ExitCode}; last lines:{Environment.NewLine}  {tail}");
        }
    }
}
