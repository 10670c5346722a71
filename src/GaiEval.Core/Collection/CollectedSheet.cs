namespace GaiEval.Core.Collection;

using GaiEval.Core.Inputs;

/// <summary>
/// A collection sheet as read: its filled rows, how many rows staff have not filled in yet (skipped, to be imported
/// with a later batch), and every problem found in the sheet itself, by line.
/// </summary>
public sealed record CollectedSheet(string File, IReadOnlyList<CollectedRow> Rows, int UncollectedRows, IReadOnlyList<InputError> Errors);
