using System.Diagnostics;
using Deskbench.Evaluators.Text;

namespace Deskbench.Evaluators.Metrics.VsCode;

/// <summary>PDF text through <c>pdftotext</c> (Debian package <c>poppler-utils</c>), compared with difflib's ratio.</summary>
internal static class PdfText
{
    public static async Task<double> SimilarityAsync(byte[] first, byte[] second, CancellationToken cancellationToken)
    {
        var a = await ExtractAsync(first, cancellationToken);
        var b = await ExtractAsync(second, cancellationToken);
        return new SequenceMatcher<char>(a.ToCharArray(), b.ToCharArray()).Ratio();
    }

    private static async Task<string> ExtractAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"deskbench-pdf-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf, cancellationToken);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-q", "-enc", "UTF-8", path, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
            var text = process.StandardOutput.ReadToEndAsync(cancellationToken);
            _ = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? await text : throw new InvalidDataException("pdftotext could not read a PDF entry");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("comparing PDF texts needs pdftotext (apt-get install poppler-utils)", ex);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
