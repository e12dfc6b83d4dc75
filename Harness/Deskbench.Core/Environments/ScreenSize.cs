namespace Deskbench.Core.Environments;

public sealed record ScreenSize(int Width, int Height)
{
    public static ScreenSize Default { get; } = new(1920, 1080);
}
