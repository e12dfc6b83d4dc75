using Deskbench.Core.Environments;
using Microsoft.Playwright;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>
/// A Playwright connection over CDP to the desktop's Chrome for one setup step. Disposing disconnects and leaves Chrome
/// and its tabs running, as OSWorld's steps do.
/// </summary>
internal sealed class ChromeStepConnection : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private ChromeStepConnection(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>The user's context (OSWorld's <c>browser.contexts[0]</c>).</summary>
    public IBrowserContext Context => Browser.Contexts.Count > 0
        ? Browser.Contexts[0]
        : throw new InvalidOperationException("Chrome has no browser context");

    public static async Task<ChromeStepConnection> ConnectAsync(IEnvironment environment, ChromeStepOptions options, CancellationToken cancellationToken)
    {
        var endpoint = ChromeStepEnvironment.CdpUrl(environment);
        var playwright = await Playwright.CreateAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        Exception? last = null;
        var attempts = Math.Max(1, options.ConnectAttempts);
        try
        {
            for (var attempt = 1; attempt <= attempts; attempt++)
            {
                try
                {
                    var browser = await playwright.Chromium
                        .ConnectOverCDPAsync(endpoint, new BrowserTypeConnectOverCDPOptions { Timeout = 10_000 })
                        .WaitAsync(cancellationToken).ConfigureAwait(false);
                    return new ChromeStepConnection(playwright, browser);
                }
                catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
                {
                    last = ex;
                }

                if (attempt < attempts)
                {
                    await Task.Delay(options.ConnectDelay, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            playwright.Dispose();
            throw;
        }

        playwright.Dispose();
        var cause = last?.Message.Split('\n', 2)[0].Trim() ?? "unknown error";
        throw new InvalidOperationException(
            $"cannot reach Chrome's DevTools endpoint {endpoint} (environment property '{ChromeStepEnvironment.CdpUrlProperty}') " +
            $"after {attempts} attempt(s): {cause}", last);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Browser.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // Chrome went away already.
        }

        playwright.Dispose();
    }
}
