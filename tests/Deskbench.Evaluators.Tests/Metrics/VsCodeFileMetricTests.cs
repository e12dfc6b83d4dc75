using System.Diagnostics;
using System.IO.Compression;
using Deskbench.Evaluators.Metrics.VsCode;
using Deskbench.Evaluators.Tests.Support;

namespace Deskbench.Evaluators.Tests.Metrics;

/// <summary>The vscode.py metrics that run Python tests, compare ZIP archives and read HTML, on real files and processes.</summary>
public sealed class VsCodeFileMetricTests : IDisposable
{
    private readonly TempDirectory files = new();

    [Fact]
    public async Task Test_suite_runs_the_test_function_against_the_fetched_files()
    {
        files.Write("cache/settings.py", "WIDTH = 10\n");
        var suite = files.Write("cache/test_suite.py", "import settings\n\ndef test():\n    return settings.WIDTH == 10\n\ndef other():\n    raise RuntimeError('boom')\n");
        var metric = new CheckPythonFileByTestSuiteMetric();
        var agentFiles = Metric.Json($$"""["{{files.Combine("cache/settings.py")}}"]""");

        Assert.Equal(1.0, await Metric.ScoreAsync(metric, agentFiles, Metric.Text(suite)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, agentFiles, Metric.Text(suite), """{"test_function_name": "other"}"""));
        files.Write("cache/settings.py", "WIDTH = 11\n");
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, agentFiles, Metric.Text(suite)));
    }

    [Fact]
    public async Task Test_suite_that_cannot_load_raises_and_a_hanging_test_scores_0()
    {
        var broken = files.Write("broken/test_suite.py", "import no_such_module\n");
        var hanging = files.Write("hang/test_suite.py", "import time\n\ndef test():\n    time.sleep(60)\n    return True\n");
        var metric = new CheckPythonFileByTestSuiteMetric { Timeout = TimeSpan.FromSeconds(2) };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await Metric.ScoreAsync(metric, null, Metric.Text(broken)));
        Assert.Contains("no_such_module", error.Message, StringComparison.Ordinal);
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Text(hanging)));
        var missingFile = await Assert.ThrowsAsync<FileNotFoundException>(async () =>
            await Metric.ScoreAsync(metric, null, Metric.Text(files.Combine("none/test_suite.py")), """{"any_option": "is accepted"}"""));
        Assert.Contains("check_python_file_by_test_suite", missingFile.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gold_file_check_is_a_stub_in_OSWorld_and_scores_0()
    {
        var file = files.Write("a.py", "print(1)\n");
        Assert.Equal(0.0, await Metric.ScoreAsync(new CheckPythonFileByGoldFileMetric(), Metric.Text(file), Metric.Text(file)));
    }

    [Fact]
    public async Task Zip_files_need_the_same_names_and_bytes()
    {
        var gold = Zip("gold.zip", ("essay.txt", "text"), ("img/a.bin", "1"));
        var same = Zip("same.zip", ("img/a.bin", "1"), ("essay.txt", "text"));
        var changed = Zip("changed.zip", ("essay.txt", "text!"), ("img/a.bin", "1"));
        var missing = Zip("missing.zip", ("essay.txt", "text"));
        var metric = new CompareZipFilesMetric();

        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(same), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(changed), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(missing), Metric.Text(gold)));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Text(gold)));
        await Assert.ThrowsAnyAsync<Exception>(async () => await Metric.ScoreAsync(metric, Metric.Text(files.Write("bad.zip", "x")), Metric.Text(gold)));
    }

    [Fact]
    public async Task Zip_files_compare_differing_pdf_entries_by_their_text()
    {
        if (!File.Exists("/usr/bin/pdftotext") || !File.Exists("/usr/bin/soffice"))
        {
            Assert.Skip("needs pdftotext (poppler-utils) and soffice (libreoffice) to make and read real PDFs; scripts/install-debian.sh installs both");
        }

        var first = await PdfAsync("first", "Recruitment and retention of health professionals across Europe");
        var second = await PdfAsync("second", "Recruitment and retention of health professionals across Europe");
        var other = await PdfAsync("other", "A completely different essay about something else");
        Assert.False(File.ReadAllBytes(first).AsSpan().SequenceEqual(File.ReadAllBytes(second)), "two conversions should differ in bytes");
        var metric = new CompareZipFilesMetric();

        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(ZipFiles("a.zip", first)), Metric.Text(ZipFiles("b.zip", second))));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(ZipFiles("c.zip", other)), Metric.Text(ZipFiles("d.zip", second))));
    }

    [Fact]
    public async Task Html_background_image_is_found_in_a_style_element()
    {
        var page = files.Write("index.html", "<html><head><STYLE type=\"text/css\">body { background-image: url('background.jpg'); }</STYLE></head><body></body></html>");
        var inline = files.Write("inline.html", "<html><body style=\"background-image: url('background.jpg')\"></body></html>");
        var metric = new CheckHtmlBackgroundImageMetric();
        Assert.Equal(1.0, await Metric.ScoreAsync(metric, Metric.Text(page), Metric.Json("""{"type": "value", "value": "background.jpg"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(page), Metric.Json("""{"type": "value", "value": "other.jpg"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, Metric.Text(inline), Metric.Json("""{"type": "value", "value": "background.jpg"}""")));
        Assert.Equal(0.0, await Metric.ScoreAsync(metric, null, Metric.Json("""{"value": "background.jpg"}""")));
    }

    private string Zip(string name, params (string Name, string Content)[] entries)
    {
        var path = files.Combine(name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entryName, content) in entries)
        {
            using var writer = new StreamWriter(archive.CreateEntry(entryName).Open());
            writer.Write(content);
        }

        return path;
    }

    private string ZipFiles(string name, string pdf)
    {
        var path = files.Combine(name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        archive.CreateEntryFromFile(pdf, "essay.pdf");
        return path;
    }

    private async Task<string> PdfAsync(string folder, string text)
    {
        var source = files.Write($"{folder}/essay.txt", text + "\n");
        var start = new ProcessStartInfo("/usr/bin/soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{files.Combine(folder + "-profile")}", "--headless", "--convert-to", "pdf", "--outdir", files.Combine(folder), source })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var pdf = files.Combine($"{folder}/essay.pdf");
        Assert.True(File.Exists(pdf), "soffice did not write the PDF");
        return pdf;
    }

    public void Dispose() => files.Dispose();
}
