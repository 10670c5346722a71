namespace GaiEval.Core.Analysis.Contamination;

/// <summary>
/// One provider's accuracy on the public items (published for practice) against the hidden ones (only ever sent through
/// an official run). A model tuned on the public items scores better on them than on hidden items of the same kind:
/// a public-minus-hidden difference whose whole interval is above 0 is a contamination signal to look into, not proof.
/// </summary>
/// <param name="Public">Correct answers among the decided answers to public items (the first repeat: repeats of an item are not independent).</param>
/// <param name="Hidden">The same on hidden items.</param>
/// <param name="Difference">Public minus hidden, with Newcombe's interval for independent samples.</param>
/// <param name="PValue">Fisher's exact test, two-sided.</param>
/// <param name="Undecided">Answers to public or hidden items still awaiting a verdict, left out of both.</param>
public sealed record SplitGap(string ProviderId, string Name, Proportion Public, Proportion Hidden, Estimate Difference, double PValue, int Undecided)
{
    /// <summary>Better on public items than chance explains: the interval lies above 0 and Fisher's p is below 0.05.</summary>
    public bool Suspect => Difference.Value > 0 && Difference.Low > 0 && PValue < 0.05;
}
