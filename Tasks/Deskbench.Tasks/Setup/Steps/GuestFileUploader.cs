using Deskbench.Core.Guest;

namespace Deskbench.Tasks.Setup.Steps;

/// <summary>Uploads a host file to the guest, retrying with exponential backoff (1 s, 2 s, …) while the guest cannot be reached.</summary>
internal static class GuestFileUploader
{
    public static async Task UploadAsync(
        IGuestClient guest, string localPath, string guestPath, int attempts, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var content = File.OpenRead(localPath);
                await guest.UploadFileAsync(guestPath, content, cancellationToken);
                return;
            }
            catch (GuestUnavailableException) when (attempt < attempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, attempt - 1)), timeProvider, cancellationToken);
            }
        }
    }
}
