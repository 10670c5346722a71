namespace GaiEval.Core.Plans;

using GaiEval.Core.Model;

/// <summary>
/// The one rule deciding which items a provider (or a judge) may receive: its <c>clearance</c>, lowered to
/// <see cref="Sensitivity.Public"/> when its deployment profile says the inputs go over the internet and may be used
/// for training, unless the plan overrides that with a stated reason (<see cref="DeploymentProfile.ClearanceReason"/>).
/// </summary>
public static class ClearancePolicy
{
    /// <summary>Whether <paramref name="provider"/> may be sent an item of <paramref name="sensitivity"/>.</summary>
    public static bool MayReceive(ProviderProfile provider, Sensitivity sensitivity) => MayReceive(Ceiling(provider), sensitivity);

    /// <summary>Whether a clearance (e.g. a judge's, already passed through <see cref="Ceiling"/>) admits <paramref name="sensitivity"/>.</summary>
    public static bool MayReceive(Sensitivity clearance, Sensitivity sensitivity) => sensitivity <= clearance;

    /// <summary>The highest sensitivity <paramref name="provider"/> may receive under this policy.</summary>
    public static Sensitivity Ceiling(ProviderProfile provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return IsPublicOnly(provider.Deployment) && provider.Deployment!.ClearanceReason is null && provider.Clearance > Sensitivity.Public
            ? Sensitivity.Public
            : provider.Clearance;
    }

    /// <summary>
    /// Whether the profile states both that the inputs go over the internet and that the vendor may train on them; such a
    /// provider may receive only public items unless overridden. A profile that leaves either unstated is not restricted.
    /// </summary>
    public static bool IsPublicOnly(DeploymentProfile? deployment) =>
        deployment is { Network: NetworkZone.Internet, TrainingUse: true };

    /// <summary>Whether the plan gives <paramref name="provider"/> a clearance above public that the policy would refuse without its stated reason.</summary>
    public static bool NeedsReason(ProviderProfile provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return IsPublicOnly(provider.Deployment) && provider.Clearance > Sensitivity.Public;
    }
}
