namespace GaiEval.Core.Analysis.Economics;

/// <summary>What the run measured in one category for one provider: every item's expected saving.</summary>
internal sealed record CategoryMeasurement(string Category, IReadOnlyList<ItemSaving> Items)
{
    public int ItemCount => Items.Count;

    /// <summary>Answers (item × repeat) with a final verdict.</summary>
    public int Decided => Items.Sum(i => i.Decided);

    /// <summary>Answers awaiting a judge or a reviewer, counted as wrong (−R).</summary>
    public int Undecided => Items.Sum(i => i.Undecided);

    /// <summary>Calls withheld, failed or never made, counted as no saving (0).</summary>
    public int Unanswered => Items.Sum(i => i.Unanswered);

    /// <summary>Items answered correctly, each repeat counting its share.</summary>
    public double CorrectItems => Items.Sum(i => i.CorrectShare);
}
