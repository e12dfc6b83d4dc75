namespace Deskbench.Core.Observations;

/// <summary>
/// A node that may get a numbered box in a set-of-marks screenshot: its tag, name and text column (as the index table shows
/// them) and its screen rectangle. <see cref="SetOfMarksCandidates"/> lists them; the renderer keeps those whose area is not a
/// single colour.
/// </summary>
public sealed record MarkCandidate(string Tag, string Name, string Text, int X, int Y, int Width, int Height);
