namespace Deskbench.Core.Actions;

/// <summary>Turns an agent's action in one action space into typed actions.</summary>
public interface IActionTranslator
{
    /// <summary>The action space this translator reads (<see cref="ActionSpaces"/>).</summary>
    string ActionSpace { get; }

    /// <summary>Translates one agent action. Throws <see cref="ActionTranslationException"/> for input it cannot translate.</summary>
    IReadOnlyList<DesktopAction> Translate(AgentAction action);
}
