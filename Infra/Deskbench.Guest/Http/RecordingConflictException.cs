namespace Deskbench.Guest.Http;

/// <summary>A recording was started while one is running (OSWorld answers 400).</summary>
internal sealed class RecordingConflictException(string message) : InvalidOperationException(message);
