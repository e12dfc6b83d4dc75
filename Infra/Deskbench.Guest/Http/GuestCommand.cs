using System.CommandLine;
using System.Globalization;
using System.Net;
using Deskbench.Guest.Compat;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Http;

/// <summary>
/// The <c>guest</c> command: serves the in-desktop HTTP service (optionally starting the desktop session itself). The main CLI
/// mounts the object this returns as <c>deskbench guest</c>; the standalone <c>deskbench-guest</c> runs it as its root.
/// </summary>
public static class GuestCommand
{
    public const string Name = "guest";

    public static Command Create()
    {
        var bind = new Option<string>("--bind") { Description = "Address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => GuestServerOptions.DefaultPort };
        var display = new Option<string?>("--display") { Description = "X display to serve (default: $DISPLAY; with --session a free one)" };
        var tokenFile = new Option<string?>("--token-file") { Description = $"File holding the secret token (else ${Deskbench.Core.Guest.GuestProtocol.TokenEnvironmentVariable})" };
        var noAuth = new Option<bool>("--no-auth") { Description = "Serve without a token (compatibility with OSWorld's client; unsafe)" };
        var session = new Option<bool>("--session") { Description = "Start the desktop session (Xvfb, D-Bus, AT-SPI, openbox) as children" };
        var screen = new Option<string>("--screen") { Description = "Screen size of the started session, WIDTHxHEIGHT", DefaultValueFactory = _ => "1920x1080" };
        var parentPid = new Option<int?>("--parent-pid") { Description = "Exit (and tear the session down) when this process dies" };
        var logLevel = new Option<LogLevel>("--log-level") { Description = "Minimum level logged to stderr", DefaultValueFactory = _ => LogLevel.Information };
        var commandTimeout = new Option<double>("--command-timeout") { Description = "Default /execute limit in seconds", DefaultValueFactory = _ => 120 };
        var openFileTimeout = new Option<double>("--open-file-timeout") { Description = "Default /setup/open_file window wait in seconds", DefaultValueFactory = _ => 60 };
        var compat = new Option<string?>("--compat")
        {
            Description = "Imitate another in-VM server: 'osworld' serves without a token and runs OSWorld's python -c \"import pyautogui; …\" commands on /execute itself",
        };
        compat.AcceptOnlyFromAmong("osworld");

        screen.Validators.Add(result =>
        {
            if (!TryParseScreen(result.GetValueOrDefault<string>(), out _, out _))
            {
                result.AddError("--screen must look like 1920x1080");
            }
        });
        bind.Validators.Add(result =>
        {
            if (!TryParseBind(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError("--bind must be an IP address (or localhost)");
            }
        });
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535");
            }
        });

        var command = new Command(Name, "Serve the in-desktop guest service (OSWorld's in-VM protocol plus native endpoints)")
        {
            bind, port, display, tokenFile, noAuth, session, screen, parentPid, logLevel, commandTimeout, openFileTimeout, compat,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            _ = TryParseBind(parseResult.GetValue(bind), out var address);
            _ = TryParseScreen(parseResult.GetValue(screen), out var width, out var height);
            var options = new GuestRunOptions(
                address,
                parseResult.GetValue(port),
                parseResult.GetValue(display),
                parseResult.GetValue(tokenFile),
                parseResult.GetValue(noAuth),
                parseResult.GetValue(session),
                width,
                height,
                parseResult.GetValue(parentPid),
                parseResult.GetValue(logLevel),
                TimeSpan.FromSeconds(parseResult.GetValue(commandTimeout)),
                TimeSpan.FromSeconds(parseResult.GetValue(openFileTimeout)),
                parseResult.GetValue(compat) == "osworld" ? GuestCompatibility.OsWorld : GuestCompatibility.None);
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            return GuestRunner.RunAsync(options, output, error, TimeProvider.System, cancellationToken);
        });
        return command;
    }

    internal static bool TryParseScreen(string? text, out int width, out int height)
    {
        width = height = 0;
        var parts = (text ?? string.Empty).Split('x', 'X');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out height)
            && width is >= 16 and <= 16384 && height is >= 16 and <= 16384;
    }

    internal static bool TryParseBind(string? text, out IPAddress address)
    {
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }

        if (IPAddress.TryParse(text, out var parsed))
        {
            address = parsed;
            return true;
        }

        address = IPAddress.Loopback;
        return false;
    }
}
