namespace Deskbench.Guest.Http;

/// <summary>What a finished command produced: stdout, stderr and exit code (the body of a successful <c>/execute</c>).</summary>
public sealed record CommandResultBody(string Output, string Error, int ReturnCode);
