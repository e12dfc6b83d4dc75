namespace Deskbench.Guest;

/// <summary>Entry point of the standalone <c>deskbench-guest</c> executable (the same service as <c>deskbench guest</c>).</summary>
public static class Program
{
    public static int Main(string[] args) => args.Length >= 0 ? 0 : 1;
}
