namespace Deskbench.Core.Guest;

/// <summary>A managed top-level window (from <c>_NET_CLIENT_LIST</c>).</summary>
public sealed record WindowInfo(long Id, string Title, string ClassName, string InstanceName, int X, int Y, int Width, int Height, bool IsActive);
