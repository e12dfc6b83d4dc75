using Deskbench.Core.Actions;
using Deskbench.Core.Actions.Translation;
using Deskbench.Guest.Backend;
using Deskbench.Guest.Http;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Compat;

/// <summary>
/// Runs OSWorld's pyautogui commands without Python's pyautogui: the code is read by <see cref="PyAutoGuiTranslator"/> and
/// its typed actions go to the guest's own input backend (XTEST), in order. Debian 12 packages no python3-pyautogui, so a
/// Debian desktop could not run these commands at all otherwise; this is also faster than starting Python per action.
/// </summary>
/// <remarks>
/// Code the translator cannot read (anything besides pyautogui input calls, <c>time.sleep</c> and the imports and settings
/// OSWorld prefixes) runs as an ordinary command, so a guest that has pyautogui still runs it; when that fails too, the
/// translator's reason is appended to stderr. The reply has OSWorld's shape: <c>print()</c> output is not reproduced
/// (stdout is empty); an action the backend refuses (a key it cannot press, a point off the screen) gives return code 1
/// and a Python-style error line on stderr, like an exception in <c>python -c</c>.
/// </remarks>
internal sealed class InProcessPyAutoGui(IInputInjector input, CommandRunner commands, ILogger logger)
{
    private static readonly PyAutoGuiTranslator Translator = new();

    public async Task<CommandResultBody> RunAsync(GuestCommandLine command, string code, TimeSpan timeout, CancellationToken cancellationToken)
    {
        IReadOnlyList<DesktopAction> actions;
        try
        {
            actions = Translator.TranslateCode(code);
        }
        catch (ActionTranslationException exception)
        {
            logger.LogDebug("--compat osworld: running {Command} as given; the translator cannot read it: {Reason}", command.Description, exception.Message);
            var result = await commands.RunAsync(command, timeout, cancellationToken).ConfigureAwait(false);
            return result.ReturnCode == 0
                ? result
                : result with { Error = result.Error + $"deskbench-guest (--compat osworld): the pyautogui translator cannot run this code either: {exception.Message}\n" };
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            foreach (var action in actions)
            {
                await input.ExecuteAsync(action, limit.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GuestCommandException($"Command {command.PythonRepr} timed out after {timeout.TotalSeconds:0.###} seconds");
        }
        catch (ArgumentException exception)
        {
            return new CommandResultBody(string.Empty, $"pyautogui.PyAutoGUIException: {exception.Message}\n", 1);
        }

        logger.LogDebug("--compat osworld: ran {Count} pyautogui action(s) natively", actions.Count);
        return new CommandResultBody(string.Empty, string.Empty, 0);
    }
}
