namespace Deskbench.Harness.Trajectory;

/// <summary>Where an episode's trajectory goes (a task's results folder).</summary>
public interface ITrajectoryRecorder
{
    /// <summary>Saves the screenshot taken after an action as <see cref="TrajectoryEntry.ScreenshotFile"/> and appends the traj.jsonl line.</summary>
    Task RecordActionAsync(TrajectoryEntry entry, ReadOnlyMemory<byte> screenshot, CancellationToken cancellationToken);

    /// <summary>Appends OSWorld's error line <c>{"Error": "&lt;domain&gt;/&lt;id&gt; - &lt;message&gt;"}</c>.</summary>
    Task RecordErrorAsync(string message, CancellationToken cancellationToken);
}
