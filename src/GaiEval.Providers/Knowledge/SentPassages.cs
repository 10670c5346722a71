namespace GaiEval.Providers.Knowledge;

using GaiEval.Core.Running;
using Microsoft.Extensions.AI;

/// <summary>The chunks a provider was given for one call: their ids and their texts as given, in the same order.</summary>
internal sealed record SentPassages(string[] Ids, string[] Texts)
{
    /// <summary>Hands both to the runner (<see cref="ResponseProperties.RetrievedIds"/>, <see cref="ResponseProperties.RetrievedTexts"/>).</summary>
    public void AddTo(AdditionalPropertiesDictionary properties)
    {
        properties[ResponseProperties.RetrievedIds] = Ids;
        properties[ResponseProperties.RetrievedTexts] = Texts;
    }
}
