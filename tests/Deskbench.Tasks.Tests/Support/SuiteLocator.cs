namespace Deskbench.Tasks.Tests.Support;

/// <summary>The OSWorld and WAA suites, found by <see cref="Deskbench.Testing.SharedSuites"/>.</summary>
internal static class SuiteLocator
{
    public static string SuitesFolder => Deskbench.Testing.SharedSuites.Require();

    public static string Osworld => Path.Combine(SuitesFolder, "osworld");

    public static string Waa => Path.Combine(SuitesFolder, "waa");
}
