using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Deskbench.Evaluators.Documents.Ocr;

/// <summary>
/// Reads the text in an image with the <c>tesseract</c> program (Debian packages <c>tesseract-ocr</c> and
/// <c>tesseract-ocr-eng</c>): the image goes to its stdin, the text comes from its stdout (<c>tesseract stdin stdout -l eng</c>).
/// One OpenMP thread per run (<c>OMP_THREAD_LIMIT=1</c>), so parallel evaluations do not oversubscribe the cores.
/// </summary>
public sealed class TesseractOcr
{
    /// <summary>The default limit for one image (a 1920×1080 screenshot takes about a second on one core).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly string executable;
    private readonly string language;
    private readonly TimeSpan timeout;

    /// <param name="executable">The program to run (a name looked up on PATH, or a path).</param>
    /// <param name="language">The traineddata language (<c>-l</c>).</param>
    /// <param name="timeout">How long one image may take; <see cref="DefaultTimeout"/> when null.</param>
    public TesseractOcr(string executable = "tesseract", string language = "eng", TimeSpan? timeout = null)
    {
        this.executable = executable;
        this.language = language;
        this.timeout = timeout ?? DefaultTimeout;
    }

    /// <summary>
    /// The text tesseract reads in <paramref name="image"/> (encoded image bytes), lines separated by newlines. Errors name
    /// <paramref name="metric"/> and <paramref name="path"/> (the file the bytes came from): a missing program, a failed run,
    /// or a run longer than the timeout. Cancelling <paramref name="cancellationToken"/> kills the run.
    /// </summary>
    public async Task<string> ReadTextAsync(string metric, string path, byte[] image, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "stdin", "stdout", "-l", language })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{metric}: {executable} did not start");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"{metric}: reading the text in '{path}' needs the {executable} program, which is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)", ex);
        }

        using (process)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var errors = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await WriteInputAsync(process, image, limit.Token);
                await process.WaitForExitAsync(limit.Token);
                await Task.WhenAll(output, errors);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException(
                    $"{metric}: {executable} did not finish reading the text in '{path}' within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{metric}: {executable} could not read the text in '{path}' (exit code {process.ExitCode}): {Describe(await errors)}");
            }

            return await output;
        }
    }

    private static async Task WriteInputAsync(Process process, byte[] image, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(image, cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program stopped reading (it failed early); its exit code and stderr say why.
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }

    /// <summary>Tesseract's error lines without its chatter ("Estimating resolution …").</summary>
    private static string Describe(string standardError)
    {
        var lines = standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("Estimating resolution", StringComparison.Ordinal))
            .ToList();
        return lines.Count == 0 ? "no error output" : string.Join("; ", lines.TakeLast(5));
    }
}
