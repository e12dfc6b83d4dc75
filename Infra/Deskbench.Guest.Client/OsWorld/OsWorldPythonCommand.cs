using Deskbench.Core.Guest;

namespace Deskbench.Guest.Client.OsWorld;

/// <summary>
/// The <c>/execute</c> request of OSWorld's host-side <c>PythonController.execute_python_command</c>:
/// <c>["python", "-c", "import pyautogui; import time; pyautogui.FAILSAFE = False; &lt;code&gt;"]</c>, no shell.
/// </summary>
public static class OsWorldPythonCommand
{
    /// <summary>What OSWorld puts before every piece of pyautogui code.</summary>
    public const string Prefix = "import pyautogui; import time; pyautogui.FAILSAFE = False; ";

    /// <summary>The interpreter OSWorld names (its VMs have <c>python</c> on PATH).</summary>
    public const string Interpreter = "python";

    /// <summary>The request running <paramref name="code"/> after <see cref="Prefix"/>.</summary>
    public static CommandRequest Create(string code, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        return CommandRequest.FromArguments(Interpreter, "-c", Prefix + code) with { Timeout = timeout };
    }
}
