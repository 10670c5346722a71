namespace GaiEval.Core.Plans;

/// <summary>What an adapter is and needs; every special case of an adapter reads it from <see cref="AdapterCatalogue"/>.</summary>
/// <param name="Name">The name a provider profile gives as <c>adapter:</c>.</param>
public sealed record AdapterCapabilities(string Name)
{
    /// <summary>Sends the items over a network (to an endpoint).</summary>
    public bool NeedsNetwork { get; init; }

    /// <summary>The runner sends it the items; false when its answers come in another way (collect import).</summary>
    public bool CalledByRunner { get; init; }

    /// <summary>A language model that can score answers as a judge.</summary>
    public bool CanJudge { get; init; }

    /// <summary>Replays answers from a file the profile names (<c>answers:</c>), through the same pipeline as a called provider.</summary>
    public bool AnswersFromFile { get; init; }

    /// <summary>Answers are collected by staff on a sheet and imported with gaieval collect.</summary>
    public bool CollectedByHand { get; init; }

    /// <summary>The profile must give <c>endpoint</c>.</summary>
    public bool NeedsEndpoint { get; init; }

    /// <summary>The profile must give <c>model</c>.</summary>
    public bool NeedsModel { get; init; }

    /// <summary>The profile must give the <c>http</c> request and reply template.</summary>
    public bool NeedsHttpTemplate { get; init; }

    /// <summary>Answers by searching the plan's knowledge, so it needs <c>knowledge</c> and its answers depend on it.</summary>
    public bool SearchesKnowledge { get; init; }
}
