namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>One check of a knowledge document; reports a finding per doubt, never throws on text it cannot judge.</summary>
internal interface IKnowledgeLintRule
{
    /// <summary>The rule's Japanese name, shown in findings and written in <c>lint除外</c>.</summary>
    string Name { get; }

    /// <summary>One line of help in Japanese: what the rule finds and how to fix it.</summary>
    string Help { get; }

    IEnumerable<KnowledgeLintFinding> Check(KnowledgeLintDocument document, KnowledgeLintOptions options);
}
