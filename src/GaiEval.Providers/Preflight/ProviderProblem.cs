namespace GaiEval.Providers.Preflight;

/// <summary>Why a provider cannot be used for a run, in one line for the user.</summary>
public sealed record ProviderProblem(string ProviderId, string Message)
{
    public override string ToString() => $"提供先 {ProviderId}: {Message}";
}
