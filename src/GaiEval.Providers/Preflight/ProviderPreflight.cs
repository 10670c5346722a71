namespace GaiEval.Providers.Preflight;

using GaiEval.Core.Inputs;

using GaiEval.Core.Plans;
using GaiEval.Core.Running;

/// <summary>
/// Before a run: builds each provider's pipeline (which reads its key variable and checks its settings) and probes its
/// endpoint, so a missing key, an unusable profile or an unreachable endpoint is one clear line per provider.
/// </summary>
public sealed class ProviderPreflight(IChatClientFactory clients, EndpointProbe probe)
{
    public async Task<IReadOnlyList<ProviderProblem>> CheckAsync(IEnumerable<ProviderProfile> providers, CancellationToken cancellationToken)
    {
        ProviderProblem?[] problems = await Task.WhenAll(providers.Select(p => CheckAsync(p, cancellationToken))).ConfigureAwait(false);
        return [.. problems.OfType<ProviderProblem>()];
    }

    private async Task<ProviderProblem?> CheckAsync(ProviderProfile profile, CancellationToken cancellationToken)
    {
        if (!AdapterCatalogue.Of(profile.Adapter).CalledByRunner)
        {
            return null;
        }

        try
        {
            clients.Create(profile).Dispose();
        }
        catch (Exception e) when (e is not (OperationCanceledException or InputException))
        {
            return new ProviderProblem(profile.Id, e.Message);
        }

        return profile.Endpoint is { } endpoint && await probe.FindProblemAsync(endpoint, cancellationToken).ConfigureAwait(false) is { } unreachable
            ? new ProviderProblem(profile.Id, unreachable)
            : null;
    }
}
