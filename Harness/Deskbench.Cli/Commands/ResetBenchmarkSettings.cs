using Deskbench.Core.Environments;

namespace Deskbench.Cli.Commands;

/// <summary>Settings of <c>deskbench bench reset</c>.</summary>
public sealed record ResetBenchmarkSettings(string ProviderName, int Count, ScreenSize Screen, TimeSpan IdleSettle, bool Verbose);
