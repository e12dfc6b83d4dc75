using Deskbench.Core.Environments;
using Microsoft.Playwright;

namespace Deskbench.Evaluators.Chrome;

/// <summary>
/// A Playwright connection to the desktop's Chrome over CDP (<see cref="ChromeEnvironment.CdpUrl"/>). Disposing disconnects
/// without closing the browser, as OSWorld's <c>browser.close()</c> on a CDP connection does.
/// </summary>
public sealed class ChromeSession : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private ChromeSession(IPlaywright playwright, IBrowser browser, string endpoint)
    {
        this.playwright = playwright;
        Browser = browser;
        Endpoint = endpoint;
    }

    public IBrowser Browser { get; }

    public string Endpoint { get; }

    /// <summary>The browser's default context (the user's profile), where OSWorld opens its pages.</summary>
    public IBrowserContext DefaultContext => Browser.Contexts.Count > 0
        ? Browser.Contexts[0]
        : throw new InvalidOperationException($"Chrome at {Endpoint} has no browser context");

    /// <summary>Every open tab of every context, in Playwright's order.</summary>
    public IReadOnlyList<IPage> Pages => [.. Browser.Contexts.SelectMany(context => context.Pages)];

    /// <summary>
    /// Connects, trying <paramref name="attempts"/> times <paramref name="delay"/> apart; failing throws
    /// <see cref="ChromeGetterException"/> naming <paramref name="user"/> (the getter or step) and the endpoint.
    /// </summary>
    public static async Task<ChromeSession> ConnectAsync(
        IEnvironment environment, string user, int attempts, TimeSpan delay, CancellationToken cancellationToken)
    {
        var endpoint = ChromeEnvironment.CdpUrl(environment);
        var playwright = await Playwright.CreateAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        Exception? last = null;
        for (var attempt = 1; attempt <= Math.Max(1, attempts); attempt++)
        {
            try
            {
                var browser = await playwright.Chromium
                    .ConnectOverCDPAsync(endpoint, new BrowserTypeConnectOverCDPOptions { Timeout = 10_000 })
                    .WaitAsync(cancellationToken).ConfigureAwait(false);
                return new ChromeSession(playwright, browser, endpoint);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                last = ex;
            }
            catch (OperationCanceledException)
            {
                playwright.Dispose();
                throw;
            }

            if (attempt < attempts)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        playwright.Dispose();
        throw new ChromeGetterException(user,
            $"cannot reach Chrome's DevTools endpoint {endpoint} (environment property '{ChromeEnvironment.CdpUrlProperty}') " +
            $"after {attempts} attempt(s): {FirstLine(last?.Message)}", last);
    }

    /// <summary>Connects as a getter does: 3 attempts a second apart.</summary>
    public static Task<ChromeSession> ConnectAsync(IEnvironment environment, string user, CancellationToken cancellationToken) =>
        ConnectAsync(environment, user, 3, TimeSpan.FromSeconds(1), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Browser.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The browser went away already: nothing to disconnect.
        }

        playwright.Dispose();
    }

    internal static string FirstLine(string? message) =>
        message is null ? "unknown error" : message.Split('\n', 2)[0].Trim();
}
