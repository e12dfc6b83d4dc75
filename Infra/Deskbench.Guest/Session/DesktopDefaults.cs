using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Deskbench.Guest.Session;

/// <summary>
/// The desktop's default applications, as a desktop image would ship them: plain text opens in the text editor (OSWorld's
/// Ubuntu opens it in gedit), not in whichever office suite registered last. The choice lives in a system-level
/// <c>mimeapps.list</c> put first on the session's <c>XDG_CONFIG_DIRS</c> — nothing is written into anyone's HOME, and a
/// user's or task's own <c>~/.config/mimeapps.list</c> still wins.
/// </summary>
internal static class DesktopDefaults
{
    private const string TextEditor = "org.xfce.mousepad.desktop";

    /// <summary>The session environment with the defaults' folder first on <c>XDG_CONFIG_DIRS</c> (unchanged when there is no text editor).</summary>
    public static SessionEnvironment AddTo(SessionEnvironment environment, ILogger logger)
    {
        if (!File.Exists(Path.Combine("/usr/share/applications", TextEditor)))
        {
            return environment;
        }

        // The same content for every session, so one folder per user serves them all.
        var folder = Path.Combine(Path.GetTempPath(), "deskbench-xdg-defaults-" + Environment.UserName.ToLowerInvariant());
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "mimeapps.list");
            var content = $"[Default Applications]\ntext/plain={TextEditor}\n";
            if (!File.Exists(path) || File.ReadAllText(path) != content)
            {
                var temporary = $"{path}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp";
                File.WriteAllText(temporary, content);
                File.Move(temporary, path, overwrite: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Desktop defaults not set ({Folder}): {Message}", folder, ex.Message);
            return environment;
        }

        var inherited = Environment.GetEnvironmentVariable("XDG_CONFIG_DIRS");
        return environment.With("XDG_CONFIG_DIRS", folder + ":" + (string.IsNullOrEmpty(inherited) ? "/etc/xdg" : inherited));
    }
}
