namespace GaiEval.Core.Plans;

using GaiEval.Core.Model;

/// <summary>
/// The one rule deciding which items a provider (or a judge) may receive: its <c>clearance</c>, lowered to
/// <see cref="Sensitivity.Public"/> when the inputs go over the internet (its profile says so, or it is a web service with
/// no network stated) and the profile does not state that they are kept out of training (<c>training_use: false</c>),
/// unless the plan overrides that with a stated reason (<see cref="DeploymentProfile.ClearanceReason"/>).
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
        return IsPublicOnly(provider.Method, provider.Deployment) && provider.Deployment?.ClearanceReason is null && provider.Clearance > Sensitivity.Public
            ? Sensitivity.Public
            : provider.Clearance;
    }

    /// <summary>
    /// Whether the inputs go over the internet and may be used for training, as far as the plan says: such a provider may
    /// receive only public items unless overridden. Fails safe: a web service with no network stated is on the internet,
    /// and training use counts as possible unless the profile states <c>training_use: false</c>.
    /// </summary>
    public static bool IsPublicOnly(DeploymentMethod method, DeploymentProfile? deployment) =>
        (deployment?.Network ?? (method == DeploymentMethod.WebService ? NetworkZone.Internet : null)) == NetworkZone.Internet
        && deployment?.TrainingUse != false;

    /// <summary>Whether the plan gives <paramref name="provider"/> a clearance above public that the policy would refuse without its stated reason.</summary>
    public static bool NeedsReason(ProviderProfile provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return IsPublicOnly(provider.Method, provider.Deployment) && provider.Clearance > Sensitivity.Public;
    }
}
