using Deskbench.Core.Observations;

namespace Deskbench.Harness.Observations;

/// <summary>A screenshot with set-of-marks boxes drawn on it (PNG) and the marks it shows.</summary>
public sealed record TaggedScreenshot(byte[] Png, SetOfMarks Marks);
