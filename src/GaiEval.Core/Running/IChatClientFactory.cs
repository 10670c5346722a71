namespace GaiEval.Core.Running;

using GaiEval.Core.Plans;
using Microsoft.Extensions.AI;

/// <summary>Builds the IChatClient pipeline (adapter and middleware) for a provider profile.</summary>
public interface IChatClientFactory
{
    IChatClient Create(ProviderProfile profile);
}
