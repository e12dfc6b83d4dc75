using Deskbench.Guest.Http;

namespace Deskbench.Guest.Compat;

/// <summary>
/// Recognises the commands OSWorld's <c>PythonController.execute_python_command</c> sends: an argv
/// <c>[python|python3, "-c", code]</c> (no shell) whose code begins with <c>import pyautogui</c>.
/// </summary>
public static class PyAutoGuiCommand
{
    /// <summary>The code of a pyautogui command, or null for any other command.</summary>
    public static string? CodeOf(GuestCommandLine command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Shell || command.Arguments.Count != 3 || command.Arguments[1] != "-c" || !IsPython(command.Arguments[0]))
        {
            return null;
        }

        var code = command.Arguments[2];
        return code.TrimStart().StartsWith("import pyautogui", StringComparison.Ordinal) ? code : null;
    }

    /// <summary><c>python</c>, <c>python3</c>, <c>python3.11</c>, or one of them with a folder (<c>/usr/bin/python3</c>).</summary>
    private static bool IsPython(string program)
    {
        var name = Path.GetFileName(program);
        return name is "python" or "python3"
            || (name.StartsWith("python3.", StringComparison.Ordinal) && name[8..].All(char.IsAsciiDigit) && name.Length > 8);
    }
}
