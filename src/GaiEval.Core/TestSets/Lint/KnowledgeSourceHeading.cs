namespace GaiEval.Core.TestSets.Lint;

/// <summary>An ATX heading of a knowledge document: its level (1 to 6), text and 1-based line in the file.</summary>
public sealed record KnowledgeSourceHeading(int Level, string Text, int Line);
