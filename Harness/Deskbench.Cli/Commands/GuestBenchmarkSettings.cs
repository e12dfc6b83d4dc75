using Deskbench.Core.Environments;

namespace Deskbench.Cli.Commands;

public sealed record GuestBenchmarkSettings(int Environments, int Screenshots, int Actions, int Executes, ScreenSize Screen, bool Verbose);
