namespace Deskbench.Guest.Client.Tests.OsWorld;

/// <summary>One request as the server saw it.</summary>
internal sealed record RecordedRequest(string Line, string Headers, string Body);
