using System.Text;

namespace Deskbench.Cli.Commands;

/// <summary>Passes on only the image builder's own step lines (<c>image: …</c>) and Dockerfile steps, not the tools' chatter.</summary>
internal sealed class ImageStepOnlyWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void WriteLine(string? value)
    {
        if (value is not null && (value.StartsWith("image: ", StringComparison.Ordinal) || value.StartsWith("Step ", StringComparison.Ordinal)))
        {
            inner.WriteLine(value);
        }
    }
}
