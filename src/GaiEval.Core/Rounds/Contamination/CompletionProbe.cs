namespace GaiEval.Core.Rounds.Contamination;

/// <summary>
/// A verbatim-completion probe: the first half of a public item's reference is sent in <see cref="Prompt"/>, and an
/// answer that reproduces <see cref="Withheld"/> shows that the model has seen the reference.
/// </summary>
/// <param name="ItemId">The public item whose reference was split.</param>
/// <param name="Prompt">The request sent to the endpoint (instruction and first half).</param>
/// <param name="Withheld">The second half of the reference, never sent.</param>
public sealed record CompletionProbe(string ItemId, string Prompt, string Withheld);
