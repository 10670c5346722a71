namespace GaiEval.Core.Analysis.Economics;

using GaiEval.Core.Model;
using GaiEval.Core.Results;

/// <summary>
/// One item's expected saving for one provider, in minutes per task, averaged over the run's repeats (DESIGN.md "Time
/// saved"). Each repeat counts as: a final verdict c (human grade, else rules, else judge) → c·M − R; an answer with no
/// verdict yet (awaiting a judge or a reviewer) → −R, as a wrong answer that was checked; no answer (withheld above the
/// provider's clearance, failed at the provider, or never called) → 0, the task done by hand as today. A doubt is never
/// counted as correct.
/// </summary>
internal sealed record ItemSaving(double Minutes, double CorrectShare, int Decided, int Undecided, int Unanswered)
{
    /// <param name="item">The gold item, with its manual and review minutes.</param>
    /// <param name="responses">The provider's responses to the item (any repeats).</param>
    /// <param name="verdict">The final verdict of a response; null while it has none.</param>
    /// <param name="repeats">The run's repeats per item (at least 1).</param>
    public static ItemSaving Of(GoldItem item, IEnumerable<ResponseSummary> responses, Func<ResponseKey, bool?> verdict, int repeats)
    {
        Dictionary<int, ResponseSummary> byRepeat = responses.ToDictionary(r => r.Repeat);
        double minutes = 0;
        int correct = 0, decided = 0, undecided = 0, unanswered = 0;
        for (int repeat = 1; repeat <= repeats; repeat++)
        {
            ResponseSummary? response = byRepeat.GetValueOrDefault(repeat);
            if (response is not null && verdict(response.Key) is { } c)
            {
                decided++;
                correct += c ? 1 : 0;
                minutes += (c ? item.HumanMinutes : 0) - item.ReviewMinutes;
            }
            else if (response?.Status == ResponseStatus.Ok)
            {
                undecided++;
                minutes -= item.ReviewMinutes;
            }
            else
            {
                unanswered++;
            }
        }

        return new ItemSaving(minutes / repeats, (double)correct / repeats, decided, undecided, unanswered);
    }
}
