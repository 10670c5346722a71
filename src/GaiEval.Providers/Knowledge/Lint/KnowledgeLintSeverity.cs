namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>How much a finding of <c>kb lint</c> weighs: warnings fail the check (exit 1), notices are only shown.</summary>
public enum KnowledgeLintSeverity
{
    Notice,
    Warning,
}
