namespace Deskbench.Core.Actions;

/// <summary>The agent's action could not be translated; the message is shown to the agent as a step error.</summary>
public sealed class ActionTranslationException : Exception
{
    public ActionTranslationException(string message) : base(message) { }

    public ActionTranslationException(string message, Exception inner) : base(message, inner) { }
}
