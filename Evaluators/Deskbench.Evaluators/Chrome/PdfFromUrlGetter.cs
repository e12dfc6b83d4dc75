using System.Text.Json;
using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// <c>pdf_from_url</c> <c>{path: url, dest}</c>: opens the URL in a new tab (network idle, 60 s), prints it with CDP's
/// <c>Page.printToPDF</c> (Playwright's <c>page.pdf</c> is headless-only; the desktop's Chrome is not) and saves it as
/// <c>cache/dest</c>. When the page cannot be printed the file is OSWorld's placeholder <c>%PDF-1.4\n%EOF\n</c>.
/// </summary>
public sealed class PdfFromUrlGetter : IGetter
{
    private const float TimeoutMs = 60_000;

    public string Name => "pdf_from_url";

    public async Task<JsonNode?> GetAsync(GetterContext context, JsonObject spec, CancellationToken cancellationToken)
    {
        var url = PythonFormatting.Str(PythonIndexing.GetItem(spec, "path"));
        var dest = PythonFormatting.Str(PythonIndexing.GetItem(spec, "dest"));
        Directory.CreateDirectory(context.CacheDirectory);
        var local = Path.Combine(context.CacheDirectory, dest);
        await using var session = await ChromeSession.ConnectAsync(context.Environment, Name, cancellationToken);
        var page = await ChromePages.NewPageAsync(session, TimeoutMs, cancellationToken);
        byte[] pdf;
        try
        {
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = TimeoutMs }).WaitAsync(cancellationToken);
            var cdp = await page.Context.NewCDPSessionAsync(page).WaitAsync(cancellationToken);
            var printed = await cdp.SendAsync("Page.printToPDF", new Dictionary<string, object> { ["printBackground"] = false })
                .WaitAsync(cancellationToken);
            pdf = printed is { } reply && reply.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String
                ? Convert.FromBase64String(data.GetString()!)
                : "%PDF-1.4\n%EOF\n"u8.ToArray();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            pdf = "%PDF-1.4\n%EOF\n"u8.ToArray();
        }
        finally
        {
            await ChromePages.CloseQuietlyAsync(page);
        }

        await File.WriteAllBytesAsync(local, pdf, cancellationToken);
        return local;
    }
}
