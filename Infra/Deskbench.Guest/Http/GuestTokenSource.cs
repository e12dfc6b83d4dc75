using Deskbench.Core.Guest;

namespace Deskbench.Guest.Http;

/// <summary>Where the guest's secret comes from: <c>--token-file</c>, else the environment variable. Never the command line.</summary>
public static class GuestTokenSource
{
    /// <summary>The token, or null when neither source provides a non-empty one. Throws <see cref="IOException"/> for an unreadable file.</summary>
    public static string? Read(string? tokenFile, Func<string, string?> getEnvironmentVariable)
    {
        if (tokenFile is not null)
        {
            var fromFile = File.ReadAllText(tokenFile).Trim();
            return fromFile.Length > 0 ? fromFile : null;
        }

        return getEnvironmentVariable(GuestProtocol.TokenEnvironmentVariable) is { } fromEnvironment && fromEnvironment.Trim().Length > 0
            ? fromEnvironment.Trim()
            : null;
    }
}
