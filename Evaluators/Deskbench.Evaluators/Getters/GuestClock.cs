using System.Globalization;
using System.Text.Json.Nodes;
using Deskbench.Core.Guest;

namespace Deskbench.Evaluators.Getters;

/// <summary>
/// The guest's local time, as OSWorld's <c>_get_vm_now_datetime</c> reads it
/// (<c>datetime.now().astimezone().isoformat()</c> run in the guest); <c>date</c> with an ISO offset when the guest has no
/// python3. Null when neither answers.
/// </summary>
internal static class GuestClock
{
    private const string PythonNow = "from datetime import datetime; print(datetime.now().astimezone().isoformat())";

    public static async Task<DateTimeOffset?> NowAsync(IGuestClient guest, CancellationToken cancellationToken)
    {
        CommandRequest[] attempts =
        [
            new(new JsonArray("python3", "-c", PythonNow), Shell: false, Timeout: TimeSpan.FromSeconds(30)),
            new(new JsonArray("date", "+%Y-%m-%dT%H:%M:%S%:z"), Shell: false, Timeout: TimeSpan.FromSeconds(30)),
        ];
        foreach (var request in attempts)
        {
            CommandResult result;
            try
            {
                result = await guest.ExecuteAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or TimeoutException)
            {
                continue;
            }

            if (GuestCommand.Succeeded(result) && result.ReturnCode == 0
                && DateTimeOffset.TryParse(result.Output.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var now))
            {
                return now;
            }
        }

        return null;
    }
}
