namespace Deskbench.Guest.Compat;

/// <summary>Whom the guest imitates beyond its own protocol (<c>--compat</c>).</summary>
public enum GuestCompatibility
{
    /// <summary>Deskbench's guest: token required (unless <c>--no-auth</c>), <c>/execute</c> runs every command as given.</summary>
    None,

    /// <summary>
    /// OSWorld's in-VM server as its host-side tools expect it: no token, and <c>/execute</c> of
    /// <c>python -c "import pyautogui; …"</c> is run by the guest itself (<see cref="PyAutoGuiCommand"/>).
    /// </summary>
    OsWorld,
}
