using Deskbench.Core.Environments;

namespace Deskbench.Tasks.Setup;

/// <summary>The values OSWorld substitutes into <c>execute</c>/<c>command</c> commands at setup time.</summary>
public sealed record PlaceholderValues(string ClientPassword, int ScreenWidth, int ScreenHeight)
{
    public static PlaceholderValues For(string clientPassword, ScreenSize screen) => new(clientPassword, screen.Width, screen.Height);
}
