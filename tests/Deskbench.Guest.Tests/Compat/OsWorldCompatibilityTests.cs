using System.Net;
using System.Text.Json.Nodes;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Compat;
using Deskbench.Guest.Http;
using Deskbench.Guest.Tests.Http;
using Deskbench.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Deskbench.Guest.Tests.Compat;

/// <summary>
/// <c>--compat osworld</c> on the shared real desktop: a second guest service over the same session, without a token, whose
/// <c>/execute</c> runs OSWorld's <c>python -c "import pyautogui; …"</c> through the guest's own XTEST input.
/// </summary>
[Collection(GuestDesktopCollection.Name)]
public sealed class OsWorldCompatibilityTests(GuestDesktopFixture desktop) : IAsyncLifetime
{
    private const string Prefix = "import pyautogui; import time; pyautogui.FAILSAFE = False; ";
    private readonly HttpClient _osworld = new() { Timeout = TimeSpan.FromSeconds(60) };
    private IDesktopBackend? _backend;
    private GuestServer? _server;

    public async ValueTask InitializeAsync()
    {
        if (DesktopTier.MissingCommands("Xvfb", "openbox", "dbus-daemon").Count > 0)
        {
            return;
        }

        var environment = desktop.Session.Environment.With("HOME", desktop.Home);
        _backend = DesktopBackendFactory.Open(environment.Display, NullLoggerFactory.Instance, TimeProvider.System);
        _server = await GuestServer.StartAsync(
            new GuestServerOptions(Token: null, Port: 0, Compatibility: GuestCompatibility.OsWorld),
            _backend, environment, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
        _osworld.BaseAddress = _server.BaseAddress;
    }

    public async ValueTask DisposeAsync()
    {
        _osworld.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _backend?.Dispose();
    }

    [Fact]
    public async Task OSWorlds_pyautogui_command_moves_the_real_pointer_without_a_token()
    {
        desktop.RequireDesktop();

        var reply = await _osworld.ExecuteAsync(PythonCommand("python", Prefix + "pyautogui.moveTo(222, 111); time.sleep(0.01); pyautogui.moveRel(3, 4)"));

        Assert.Equal(("success", 0, ""), ((string?)reply["status"], (int?)reply["returncode"], (string?)reply["error"]));
        var (_, position) = await _osworld.GetTextAsync("/cursor_position");
        Assert.Equal("[225,115]", position.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_action_the_backend_refuses_is_return_code_1_like_a_python_exception()
    {
        desktop.RequireDesktop();

        var reply = await _osworld.ExecuteAsync(PythonCommand("python3", Prefix + "pyautogui.click(99999, 99999)"));

        Assert.Equal(1, (int?)reply["returncode"]);
        Assert.StartsWith("pyautogui.PyAutoGUIException: ", (string?)reply["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_the_translator_cannot_read_runs_as_a_command_and_says_why_when_that_fails_too()
    {
        desktop.RequireDesktop();

        // Debian 12 has no python3-pyautogui, so the real interpreter fails on the import.
        var reply = await _osworld.ExecuteAsync(PythonCommand("python3", "import pyautogui; print(pyautogui.size())"));

        Assert.NotEqual(0, (int?)reply["returncode"]);
        Assert.Contains("No module named 'pyautogui'", (string?)reply["error"], StringComparison.Ordinal);
        Assert.Contains("the pyautogui translator cannot run this code either", (string?)reply["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_commands_run_as_usual()
    {
        desktop.RequireDesktop();

        var reply = await _osworld.ExecuteAsync(PythonCommand("python3", "print(6 * 7)"));

        Assert.Equal(("42", 0), (((string?)reply["output"])?.Trim(), (int?)reply["returncode"]));
        var (status, _) = await _osworld.GetTextAsync("/platform");
        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static JsonObject PythonCommand(string interpreter, string code) =>
        new() { ["command"] = new JsonArray(interpreter, "-c", code), ["shell"] = false };
}
