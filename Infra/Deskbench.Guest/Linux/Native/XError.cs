namespace Deskbench.Guest.Linux.Native;

/// <summary>One X protocol error (e.g. code 3 = BadWindow) as reported to <see cref="XErrorTrap"/>.</summary>
internal sealed record XError(byte ErrorCode, byte RequestCode, byte MinorCode, nuint ResourceId)
{
    public const byte BadWindow = 3;

    public override string ToString() =>
        $"X error {ErrorCode} (request {RequestCode}.{MinorCode}, resource 0x{ResourceId:x})";
}
