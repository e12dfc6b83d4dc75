namespace Deskbench.Infra.Docker;

/// <summary>A step of the image build failed (its command, exit code and last output lines are in the message).</summary>
public sealed class ImageBuildException : Exception
{
    public ImageBuildException(string message) : base(message) { }

    public ImageBuildException(string message, Exception inner) : base(message, inner) { }
}
