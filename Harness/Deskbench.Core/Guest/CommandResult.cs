namespace Deskbench.Core.Guest;

/// <summary>The reply of <c>/execute</c>: <c>{status, output, error, returncode}</c>.</summary>
public sealed record CommandResult(string Status, string Output, string Error, int ReturnCode)
{
    public bool Succeeded => Status == "success" && ReturnCode == 0;
}
