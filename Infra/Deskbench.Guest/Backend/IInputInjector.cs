using Deskbench.Core.Actions;
using Deskbench.Core.Guest;

namespace Deskbench.Guest.Backend;

/// <summary>Injects real input events (XTEST on Linux). Calls are serialised by the implementation.</summary>
public interface IInputInjector
{
    /// <summary>
    /// Executes one typed action. <see cref="DoneAction"/>/<see cref="FailAction"/> are no-ops; <see cref="WaitAction"/> waits.
    /// Throws <see cref="ArgumentException"/> for an unknown key name or a coordinate off the screen.
    /// </summary>
    Task ExecuteAsync(DesktopAction action, CancellationToken cancellationToken);

    PointerPosition GetPointerPosition();
}
