using System.Text.Json.Nodes;

namespace Deskbench.Core.Tasks;

/// <summary>A <c>result</c>/<c>expected</c> entry: <c>{"type": name, ...parameters}</c>; <see cref="Spec"/> is the whole object.</summary>
public sealed record GetterSpec(string Type, JsonObject Spec);
