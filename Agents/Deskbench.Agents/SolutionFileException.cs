namespace Deskbench.Agents;

/// <summary>A scripted solution file is missing or invalid; the message names the file and what is wrong.</summary>
public sealed class SolutionFileException : Exception
{
    public SolutionFileException(string path, string problem, Exception? inner = null)
        : base($"solution file '{path}': {problem}", inner)
    {
        FilePath = path;
    }

    public string FilePath { get; }
}
